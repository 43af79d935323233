package dev.rasd.cli;

import dev.rasd.eval.QuoteEvaluation;
import dev.rasd.eval.QuoteEvaluation.QuoteScores;
import dev.rasd.eval.QuoteTimeGold;
import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rasd eval quotes}: direct-quote span P/R/F1 and speaker attribution against gold-news labels. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quotation extraction (quotes layer) against gold direct quotations.",
    footer = {"", "Example:", "  rasd eval quotes --gold ../shared/data/gold-news/dev.jsonl --errors"})
public final class EvalQuotesCommand implements Callable<Integer> {
  @Mixin
  GoldNewsOptions options;

  @Override
  public Integer call() {
    List<GoldArticle> articles = options.read("eval quotes");
    if (articles == null) {
      return 2;
    }
    QuoteScores s = QuoteEvaluation.score(articles, QuoteTimeGold.analyse(articles));
    if (options.errors) {
      s.errors().forEach(System.out::println);
    }
    System.out.printf(Locale.ROOT, "quotes on %s: %d articles%n", options.gold.getFileName(), articles.size());
    System.out.printf(Locale.ROOT, "direct quotes: gold %d, emitted %d, exact matches %d%n",
        s.gold(), s.emitted(), s.matched());
    System.out.printf(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f%n", s.precision(), s.recall(), s.f1());
    System.out.printf(Locale.ROOT, "speaker attribution %.3f (%d/%d; compared by canonical entity %d, by nested name %d)%n",
        s.attribution(), s.speakerCorrect(), s.matched(), s.byCanonical(), s.byNestedName());
    System.out.printf(Locale.ROOT, "  canonical names equal by key alone: attribution %.3f (%d matches differ from gold only in spacing)%n",
        s.attributionByKey(), s.beyondKey());
    int wrong = s.matched() - s.speakerCorrect();
    System.out.printf(Locale.ROOT, "  wrong speakers %d: entity layer (gold speaker never recognised in the article) %d, attribution %d%n",
        wrong, s.entityLayerMisses(), wrong - s.entityLayerMisses());
    return 0;
  }
}
