package dev.rasd.cli;

import dev.rasd.eval.ExtractBaselines;
import dev.rasd.eval.ExtractEvaluation;
import dev.rasd.eval.ExtractTokenF1;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval extract}: main-text token F1 of Rasd's extractor and of Readability4J against gold pages. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Token-level F1 (bag of tokens) of extracted main text against gold text, for Rasd and the Readability4J baseline.",
    footer = {"", "Example:", "  rasd eval extract --gold src/test/resources/extract-gold",
        "DIR holds NAME.html (the page, any encoding) and NAME.txt (its gold main text, UTF-8)."})
public final class EvalExtractCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "directory of NAME.html + NAME.txt pairs")
  Path goldDir;

  @Override
  public Integer call() {
    if (!Files.isDirectory(goldDir)) {
      System.err.println("rasd eval extract: " + goldDir + " is not a directory");
      return 2;
    }
    ExtractEvaluation.Report report;
    try {
      report = ExtractEvaluation.run(goldDir, ExtractBaselines.standard());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("rasd eval extract: " + e.getMessage());
      return 2;
    }
    StringBuilder header = new StringBuilder("%-28s".formatted("page"));
    for (String system : report.meanF1().keySet()) {
      header.append("  %-26s".formatted(system + " P / R / F1"));
    }
    System.out.println(header);
    for (ExtractEvaluation.PageScore page : report.pages()) {
      StringBuilder row = new StringBuilder("%-28s".formatted(page.page()));
      for (Map.Entry<String, ExtractTokenF1> e : page.bySystem().entrySet()) {
        ExtractTokenF1 s = e.getValue();
        row.append("  %-26s".formatted("%.3f / %.3f / %.3f".formatted(s.precision(), s.recall(), s.f1())));
      }
      System.out.println(row);
    }
    StringBuilder mean = new StringBuilder("%-28s".formatted("mean F1 (" + report.pages().size() + " pages)"));
    for (double f1 : report.meanF1().values()) {
      mean.append("  %-26s".formatted("%.3f".formatted(f1)));
    }
    System.out.println(mean);
    return 0;
  }
}
