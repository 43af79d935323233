package dev.rasd.cli;

import dev.rasd.bench.Bench;
import dev.rasd.bench.BenchConfig;
import dev.rasd.bench.BenchCorpus;
import dev.rasd.bench.BenchReport;
import dev.rasd.bench.BenchResult;
import dev.rasd.bench.SourceCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure ingest throughput (end to end and per stage), growth of cost with the archive, heap, "
        + "store size and search latency in one run, against Lucene's ArabicAnalyzer alone as a same-run baseline. "
        + "Prints a table (progress on stderr) and writes the figures as JSON.",
        "Without --input the articles are recombined from the bundled demo corpus and, when present, "
            + "SHARED/data/gold-news/dev.jsonl: new ids, dates moved forward, sentences reshuffled within an event, "
            + "names and numbers perturbed; the same --seed gives the same stream."},
    footer = {"", "Examples:", "  rasd bench --articles 20000", "  rasd bench --articles 100000 --out bench-100k.json",
        "  rasd bench --input archive.jsonl --articles 50000 --data /tmp/bench-store"})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
      description = "Articles to ingest in the measured run. Default: ${DEFAULT-VALUE}")
  int articles;

  @Option(names = "--input", paramLabel = "FILE.jsonl",
      description = "Ingest this JSONL file (in file order, which must be publication order) instead of a recombined stream.")
  Path input;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The team's shared directory, for data/gold-news/dev.jsonl. Default: ${DEFAULT-VALUE}")
  Path shared;

  @Option(names = "--data", paramLabel = "DIR",
      description = "Keep the measured store in this new or empty directory. Default: a temporary one, removed after.")
  Path data;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench-result.json",
      description = "Where to write the JSON result. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "7",
      description = "Clustering window: stories take articles this many days after their first report, and "
          + "older stories leave the active index; also reported as articles per window. Default: ${DEFAULT-VALUE}")
  int windowDays;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "50",
      description = "Search queries built from frequent title words and phrases. Default: ${DEFAULT-VALUE}")
  int queries;

  @Option(names = "--per-day", paramLabel = "N", defaultValue = "2000",
      description = "Articles per day in the recombined stream. Default: ${DEFAULT-VALUE}")
  int perDay;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
      description = "Articles per ingest batch. Default: ${DEFAULT-VALUE}")
  int batch;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
      description = "Articles ingested first into a scratch store, unmeasured (JIT warm-up). Default: ${DEFAULT-VALUE}")
  int warmup;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed of the recombined stream. Default: ${DEFAULT-VALUE}")
  long seed;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (perDay < 1) {
      err.println("rasd: bench: --per-day must be at least 1, got " + perDay);
      return 2;
    }
    BenchCorpus corpus;
    if (input != null) {
      if (!Files.isReadable(input)) {
        err.println("rasd: bench: cannot read --input " + input);
        return 2;
      }
      corpus = new BenchCorpus.JsonlFile(input);
    } else {
      SourceCorpus sources = SourceCorpus.load(shared);
      if (sources.isEmpty()) {
        err.println("rasd: bench: no source articles: neither the bundled demo corpus nor " + shared.resolve("data/gold-news/dev.jsonl")
            + " exists; give --input FILE.jsonl or --shared DIR");
        return 2;
      }
      corpus = new BenchCorpus.Recombined(sources, perDay);
    }
    BenchConfig config = new BenchConfig(articles, batch, warmup, seed, windowDays, queries, data);
    BenchResult result = new Bench(config, corpus, err::println).run();
    BenchReport.writeJson(result, out);
    spec.commandLine().getOut().print(BenchReport.table(result));
    spec.commandLine().getOut().println("JSON written to " + out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
