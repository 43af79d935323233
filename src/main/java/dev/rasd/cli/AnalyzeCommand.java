package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Run the whole pipeline on the given inputs in a temporary store and print one JSON document "
        + "(articles with their layers, stories, entities) to stdout. Nothing is kept.",
    footer = {"", "Examples:", "  rasd analyze --json article.txt", "  rasd analyze --json day.jsonl > day-analysis.json"})
final class AnalyzeCommand implements Callable<Integer> {
  @Option(names = "--json", required = true, description = "Print the analysis as JSON (the only format so far).")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - for stdin.")
  List<String> paths;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Ingestion ingestion = new Ingestion(spec.commandLine().getErr());
    List<Article> articles = ingestion.read(paths);
    Path temp = Files.createTempDirectory("rasd-analyze");
    try (Rasd rasd = Rasd.open(temp)) {
      List<AnalyzedArticle> analysed = new ArrayList<>();
      for (int from = 0; from < articles.size(); from += Ingestion.BATCH) {
        analysed.addAll(rasd.ingest(articles.subList(from, Math.min(articles.size(), from + Ingestion.BATCH))).stored());
      }
      if (analysed.isEmpty()) {
        spec.commandLine().getErr().println("rasd: nothing to analyse: no readable Arabic article in the input");
        return 1;
      }
      spec.commandLine().getOut().println(AnalysisJson.pretty(AnalysisJson.document(analysed, rasd.liveStories(), rasd.liveEntities())));
      return 0;
    } finally {
      deleteRecursively(temp);
    }
  }

  static void deleteRecursively(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("removing temporary store " + dir, e);
    }
  }
}
