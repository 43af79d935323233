package dev.rasd.cli;

import dev.rasd.eval.QuoteTimeGold;
import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import dev.rasd.eval.TimeEvaluation;
import dev.rasd.eval.TimeEvaluation.TimeScores;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rasd eval times}: date-resolution accuracy and precision against gold-news labels. */
@Command(name = "times", mixinStandardHelpOptions = true,
    description = "Score date resolution (times layer) against gold date expressions.",
    footer = {"", "Example:", "  rasd eval times --gold ../shared/data/gold-news/dev.jsonl --errors"})
public final class EvalTimesCommand implements Callable<Integer> {
  @Mixin
  GoldNewsOptions options;

  @Override
  public Integer call() {
    List<GoldArticle> articles = options.read("eval times");
    if (articles == null) {
      return 2;
    }
    TimeScores s = TimeEvaluation.score(articles, QuoteTimeGold.analyse(articles).articles());
    if (options.errors) {
      s.errors().forEach(System.out::println);
    }
    System.out.printf(Locale.ROOT, "times on %s: %d articles%n", options.gold.getFileName(), articles.size());
    System.out.printf(Locale.ROOT, "gold expressions %d, found with exact value %d: accuracy %.3f%n",
        s.gold(), s.found(), s.accuracy());
    System.out.printf(Locale.ROOT, "emitted %d, correct %d: precision %.3f%n", s.emitted(), s.correct(), s.precision());
    System.out.printf(Locale.ROOT, "day/month granularity only: emitted %d, correct %d: precision %.3f%n",
        s.emittedDayOrMonth(), s.correctDayOrMonth(), s.precisionDayOrMonth());
    System.out.printf(Locale.ROOT, "weekday warnings %d%n", s.warnings());
    return 0;
  }
}
