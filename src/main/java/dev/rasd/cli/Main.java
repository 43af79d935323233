package dev.rasd.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasd} command line: one subcommand per job; every failure is one clear line on stderr. */
@Command(name = "rasd", mixinStandardHelpOptions = true, version = "rasd 0.1.0",
    description = "Rasd (رصد): Arabic news monitoring — ingest, clean, deduplicate, cluster into stories, "
        + "extract entities, quotes and dates, search and serve.",
    subcommands = {
        IngestCommand.class, AnalyzeCommand.class, DemoCommand.class, StoriesCommand.class, StoryCommand.class,
        EntityCommand.class, QuotesCommand.class, WatchCommand.class, ServeCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Examples:", "  rasd demo", "  rasd ingest --data news-data articles.jsonl pages/",
        "  rasd analyze --json article.txt", "  rasd stories --data news-data"})
public final class Main {
  /** Held so the level sticks: java.util.logging keeps loggers weakly. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    // Lucene logs a JUL warning about the optional vector module on every start; it is not the user's concern.
    LUCENE_LOG.setLevel(Level.SEVERE);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("rasd: " + Problems.describe(e));
      return 2;
    });
    return cli.execute(args);
  }
}
