package dev.rasd.eval;

import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import dev.rasd.eval.QuoteTimeGold.GoldTime;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.TimeMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the {@code times} layer against gold date expressions. A gold expression is found when
 * an emitted mention's text and the gold surface are nested after normalisation (either contains
 * the other, so "مساء أمس" against "أمس" still meets) and the values are equal. Precision is over
 * all emitted mentions, and again over those at the granularities gold annotates (day and month;
 * gold never labels bare years such as "عام 2021").
 */
public final class TimeEvaluation {
  /** The figures of one run; {@code errors} lists misses and spurious mentions, one line each. */
  public record TimeScores(int gold, int found, int emitted, int correct, int emittedDayOrMonth,
                           int correctDayOrMonth, int warnings, List<String> errors) {
    public double accuracy() {
      return ratio(found, gold);
    }

    public double precision() {
      return ratio(correct, emitted);
    }

    public double precisionDayOrMonth() {
      return ratio(correctDayOrMonth, emittedDayOrMonth);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private static final int YEAR_LENGTH = "YYYY".length();

  private TimeEvaluation() {
  }

  /** {@code analysed.get(i)} is the pipeline's output for {@code gold.get(i)}. */
  public static TimeScores score(List<GoldArticle> gold, List<AnalyzedArticle> analysed) {
    int goldCount = 0;
    int found = 0;
    int emitted = 0;
    int correct = 0;
    int emittedDm = 0;
    int correctDm = 0;
    int warnings = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      String id = gold.get(i).article().id();
      List<GoldTime> expected = gold.get(i).times();
      List<TimeMention> got = analysed.get(i).times();
      for (GoldTime g : expected) {
        goldCount++;
        if (got.stream().anyMatch(m -> matches(m, g))) {
          found++;
        } else {
          errors.add(id + " missed «" + g.surface() + "» = " + g.value() + " (emitted: " + describe(got, g) + ")");
        }
      }
      for (TimeMention m : got) {
        boolean ok = expected.stream().anyMatch(g -> matches(m, g));
        boolean dayOrMonth = m.value() == null || m.value().length() > YEAR_LENGTH;
        emitted++;
        correct += ok ? 1 : 0;
        emittedDm += dayOrMonth ? 1 : 0;
        correctDm += ok && dayOrMonth ? 1 : 0;
        warnings += m.warning() != null ? 1 : 0;
        if (!ok) {
          errors.add(id + " spurious «" + m.text() + "» = " + m.value());
        }
      }
    }
    return new TimeScores(goldCount, found, emitted, correct, emittedDm, correctDm, warnings, errors);
  }

  private static boolean matches(TimeMention m, GoldTime g) {
    return g.value() != null && g.value().equals(m.value()) && QuoteTimeGold.nested(m.text(), g.surface());
  }

  private static String describe(List<TimeMention> got, GoldTime g) {
    return got.stream().filter(m -> QuoteTimeGold.nested(m.text(), g.surface()))
        .map(m -> "«" + m.text() + "» = " + m.value()).findFirst().orElse("none");
  }
}
