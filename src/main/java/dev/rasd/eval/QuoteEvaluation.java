package dev.rasd.eval;

import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import dev.rasd.eval.QuoteTimeGold.GoldQuote;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Quote;
import dev.rasd.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores direct quotations against gold. Spans: an emitted direct quote matches a gold one when
 * the trimmed texts are identical (each used once), giving precision, recall and F1.
 * Attribution, over matched quotes: when the quote carries an {@code entityId} (entity layer
 * present) its canonical speaker must equal the gold canonical after normalisation; otherwise
 * (name read from the text) the normalised names must be nested — either contains the other,
 * as a surname inside a full name. An unnamed gold speaker (null) matches only null.
 */
public final class QuoteEvaluation {
  /** The figures of one run; {@code errors} lists misses, spurious quotes and wrong speakers. */
  public record QuoteScores(int gold, int emitted, int matched, int speakerCorrect, int byCanonical,
                            int byNestedName, List<String> errors) {
    public double precision() {
      return emitted == 0 ? 0 : (double) matched / emitted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double attribution() {
      return matched == 0 ? 0 : (double) speakerCorrect / matched;
    }
  }

  private QuoteEvaluation() {
  }

  /** {@code analysed.get(i)} is the pipeline's output for {@code gold.get(i)}. */
  public static QuoteScores score(List<GoldArticle> gold, List<AnalyzedArticle> analysed) {
    int goldCount = 0;
    int emitted = 0;
    int matched = 0;
    int speakerCorrect = 0;
    int byCanonical = 0;
    int byNested = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      String id = gold.get(i).article().id();
      List<Quote> pending = new ArrayList<>(analysed.get(i).quotes().stream().filter(Quote::direct).toList());
      emitted += pending.size();
      for (GoldQuote g : gold.get(i).quotes()) {
        goldCount++;
        Quote hit = pending.stream().filter(q -> q.text().strip().equals(g.text().strip())).findFirst().orElse(null);
        if (hit == null) {
          errors.add(id + " missed «" + g.text() + "» (" + g.speaker() + ")");
          continue;
        }
        pending.remove(hit);
        matched++;
        boolean canonical = hit.entityId() != null;
        byCanonical += canonical ? 1 : 0;
        byNested += canonical ? 0 : 1;
        if (sameSpeaker(hit, g.speaker(), canonical)) {
          speakerCorrect++;
        } else {
          errors.add(id + " speaker " + hit.speaker() + " instead of " + g.speaker() + " for «" + g.text() + "»");
        }
      }
      pending.forEach(q -> errors.add(id + " spurious «" + q.text() + "» (" + q.speaker() + ")"));
    }
    return new QuoteScores(goldCount, emitted, matched, speakerCorrect, byCanonical, byNested, errors);
  }

  private static boolean sameSpeaker(Quote q, String gold, boolean canonical) {
    if (gold == null || q.speaker() == null) {
      return gold == null && q.speaker() == null;
    }
    return canonical ? Objects.equals(ArabicNormalizer.key(q.speaker()).strip(), ArabicNormalizer.key(gold).strip())
        : nestedName(q.speaker(), gold);
  }

  /**
   * One name's words all occur in the other's ("سالم الزوي" in "سالم بوعجيلة الزوي"), after
   * normalisation and with the name-building particles عبد/أبو/بو/بن glued to the next word,
   * since outlets write "عبد الرحيم" and "عبدالرحيم", "بو عجيلة" and "بوعجيلة", and without the
   * article, so that a body named by its head noun ("الصندوق") meets its canonical name
   * ("صندوق النقد الدولي").
   */
  static boolean nestedName(String a, String b) {
    List<String> x = nameWords(a);
    List<String> y = nameWords(b);
    return !x.isEmpty() && !y.isEmpty() && (x.containsAll(y) || y.containsAll(x));
  }

  private static List<String> nameWords(String name) {
    String key = ArabicNormalizer.key(name).strip();
    for (String particle : PARTICLES) {
      key = key.replaceAll("(^|\\s)" + particle + "\\s+", "$1" + particle);
    }
    return key.isEmpty() ? List.of()
        : Stream.of(key.split("\\s+")).map(w -> w.startsWith(ARTICLE) && w.length() > ARTICLE.length() + 1
            ? w.substring(ARTICLE.length()) : w).toList();
  }

  private static final List<String> PARTICLES = List.of("عبد", "ابو", "بو", "بن");
  private static final String ARTICLE = "ال";
}
