package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.model.Article;
import dev.rasd.model.Story;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingest the bundled sample corpus (original Arabic articles written by the Rasd team, in several "
        + "outlets' house styles, with web cruft, quotes, name variants and relative dates) and show the stories.",
    footer = {"", "Examples:", "  rasd demo", "  rasd demo --data /tmp/rasd-demo"})
final class DemoCommand implements Callable<Integer> {
  private static final String CORPUS = "/dev/rasd/demo/";
  private static final String FILE_LIST = CORPUS + "files.txt";

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "rasd-demo-data",
      description = "Data directory for the demo store. Default: ${DEFAULT-VALUE}")
  Path dataDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path corpus = Files.createTempDirectory("rasd-demo-corpus");
    try {
      List<String> files = unpackCorpus(corpus);
      out.println("Rasd demo: ingesting the bundled sample corpus (" + files.size() + " files) into " + dataDir);
      Ingestion ingestion = new Ingestion(spec.commandLine().getErr());
      List<Article> articles = ingestion.read(files);
      try (Rasd rasd = Rasd.open(dataDir)) {
        Ingestion.Totals totals = ingestion.store(rasd, articles);
        out.println(totals.summary());
        out.println();
        List<Story> stories = rasd.stories(0, Integer.MAX_VALUE);
        out.println(stories.size() + " stories from " + rasd.articleCount() + " articles:");
        out.println();
        StoryPrinter printer = new StoryPrinter(rasd, out);
        for (Story story : stories) {
          printer.full(story);
          out.println();
        }
        out.println("Explore further: ./rasd stories --data " + dataDir + "   ./rasd story --data " + dataDir + " ID");
        return totals.nothingIngested() ? 1 : 0;
      }
    } finally {
      AnalyzeCommand.deleteRecursively(corpus);
    }
  }

  /** Copies the corpus files out of the jar (listed in files.txt) and returns their paths. */
  private static List<String> unpackCorpus(Path dir) throws IOException {
    List<String> paths = new ArrayList<>();
    for (String name : resource(FILE_LIST).split("\n")) {
      if (name.isBlank()) {
        continue;
      }
      Path target = dir.resolve(name.strip());
      try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + name.strip())) {
        if (in == null) {
          throw new IllegalStateException("the demo corpus file " + name + " is missing from the jar; rebuild with ./rasd");
        }
        Files.copy(in, target);
      }
      paths.add(target.toString());
    }
    return paths;
  }

  private static String resource(String path) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the demo corpus is missing from the jar (" + path + "); rebuild with ./rasd");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
