package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.api.ApiServer;
import dev.rasd.api.PortInUseException;
import dev.rasd.api.ServerConfig;
import dev.rasd.model.Article;
import dev.rasd.model.Story;
import java.io.File;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample corpus (original Arabic articles written by the Rasd team, in several "
        + "outlets' house styles, with web cruft, quotes, name variants and relative dates), print the stories, "
        + "then serve the web UI over them on 127.0.0.1 until Ctrl-C.",
        "With the default data directory every run starts from a fresh store: " + DemoCommand.DEFAULT_DATA
            + " is deleted first when it holds only a Rasd store (rasd.db*, index/), so a newer pipeline never shows "
            + "stale analyses. A directory given with --data is kept and added to."},
    footer = {"", "Examples:", "  rasd demo", "  rasd demo --no-serve", "  rasd demo --data /tmp/rasd-demo --port 9000"})
final class DemoCommand implements Callable<Integer> {
  static final String DEFAULT_DATA = "rasd-demo-data";
  private static final String CORPUS = "/dev/rasd/demo/";
  private static final String FILE_LIST = CORPUS + "files.txt";
  /** The corpus is unpacked into a folder of this name, and problems name its files relative to its parent. */
  private static final String CORPUS_FOLDER = "demo";
  private static final String STORE_DB = "rasd.db";
  private static final String STORE_INDEX = "index";
  /** How many ports after the first one the demo tries before giving up. */
  private static final int PORT_ATTEMPTS = 20;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT_DATA,
      description = "Data directory for the demo store. Default: ${DEFAULT-VALUE} (recreated on each run)")
  Path dataDir;

  @Option(names = "--no-serve", description = "Print the stories and exit instead of serving the web UI.")
  boolean noServe;

  @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "First port to try on 127.0.0.1; the next free one is used when it is taken. Default: ${DEFAULT-VALUE}")
  int port;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!spec.commandLine().getParseResult().hasMatchedOption("--data")) {
      clearStore(dataDir);
    }
    Ingestion ingestion = new Ingestion(spec.commandLine().getErr(), DemoCommand::relativeToCorpus);
    List<Article> articles = readCorpus(ingestion, out);
    try (StopSignal stop = new StopSignal(); Rasd rasd = Rasd.open(dataDir)) {
      Ingestion.Totals totals = ingestion.store(rasd, articles);
      out.println(totals.summary());
      out.println();
      printStories(rasd, out);
      if (totals.nothingIngested()) {
        return 1;
      }
      if (noServe) {
        out.println("Explore further: ./rasd serve --data " + dataDir + "   ./rasd stories --data " + dataDir);
        return 0;
      }
      try (ApiServer server = startOnFreePort(rasd)) {
        out.println("Rasd is serving the demo at " + server.url() + " — press Ctrl-C to stop");
        stop.await();
      }
      return 0;
    }
  }

  /** Unpacks the corpus into a temporary folder, reads it, and removes the folder again. */
  private List<Article> readCorpus(Ingestion ingestion, PrintWriter out) throws IOException {
    Path temp = Files.createTempDirectory("rasd-demo-corpus");
    try {
      List<String> files = unpackCorpus(Files.createDirectory(temp.resolve(CORPUS_FOLDER)));
      out.println("Rasd demo: ingesting the bundled sample corpus (" + files.size() + " files) into " + dataDir);
      return ingestion.read(files);
    } finally {
      AnalyzeCommand.deleteRecursively(temp);
    }
  }

  /** "/tmp/rasd-demo-corpus123/demo/late-arrivals.jsonl:2" becomes "demo/late-arrivals.jsonl:2". */
  private static String relativeToCorpus(String where) {
    String marker = File.separator + CORPUS_FOLDER + File.separator;
    int at = where.lastIndexOf(marker);
    return at < 0 ? where : where.substring(at + 1);
  }

  private static void printStories(Rasd rasd, PrintWriter out) {
    List<Story> stories = rasd.stories(0, Integer.MAX_VALUE);
    out.println(stories.size() + " stories from " + rasd.articleCount() + " articles:");
    out.println();
    StoryPrinter printer = new StoryPrinter(rasd, out);
    for (Story story : stories) {
      printer.full(story);
      out.println();
    }
  }

  private ApiServer startOnFreePort(Rasd rasd) {
    for (int candidate = port; ; candidate++) {
      try {
        return ApiServer.start(rasd, ServerConfig.loopback(candidate));
      } catch (PortInUseException taken) {
        if (candidate - port + 1 >= PORT_ATTEMPTS || candidate == 65535) {
          throw new IllegalStateException("ports " + port + "–" + candidate + " on 127.0.0.1 are all in use: "
              + "give another with --port, or run 'rasd demo --no-serve' and 'rasd serve --data " + dataDir + " --port N'");
        }
      }
    }
  }

  /**
   * Deletes a previous demo store so the run starts fresh; refuses a directory holding anything
   * else, since it may not be ours to delete.
   */
  static void clearStore(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      if (Files.exists(dir)) {
        throw new IllegalStateException(dir + " is a file, not a demo store; remove it or give --data DIR");
      }
      return;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> foreign = entries.filter(p -> !isStorePart(p)).map(p -> p.getFileName().toString()).sorted().toList();
      if (!foreign.isEmpty()) {
        throw new IllegalStateException(dir + " holds more than a Rasd store (" + String.join(", ", foreign)
            + "), so the demo will not delete it; move it away or give --data DIR");
      }
    }
    AnalyzeCommand.deleteRecursively(dir);
  }

  private static boolean isStorePart(Path p) {
    String name = p.getFileName().toString();
    return Files.isDirectory(p) ? name.equals(STORE_INDEX) : name.startsWith(STORE_DB);
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
