package dev.rasd.cli;

import dev.rasd.eval.EntityClusterEvaluation;
import dev.rasd.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval entities}: mention detection and name-variant clustering against gold-news JSONL. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Run the pipeline over gold-news articles in publication order and score entity detection and variant clustering.",
    footer = {"", "Example:",
        "  rasd eval entities --gold ../shared/data/gold-news/dev.jsonl",
        "  rasd eval entities --gold ../shared/data/gold-news/dev.jsonl --errors 40"})
public final class EvalEntitiesCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "gold-news JSONL with 'entities' labels")
  Path gold;

  @Option(names = "--errors", description = "print this many missed/spurious surfaces (default: ${DEFAULT-VALUE})")
  int errors = 0;

  @Override
  public Integer call() {
    try {
      EntityClusterEvaluation.Result r = EntityClusterEvaluation.evaluate(gold, Pipeline.standard());
      System.out.print(r.report());
      r.errors().stream().limit(errors).forEach(System.out::println);
      return 0;
    } catch (IOException | UncheckedIOException e) {
      System.err.println("rasd eval entities: " + Problems.reading(gold, e));
      return 2;
    }
  }
}
