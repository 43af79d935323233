package dev.rasd.eval;

import dev.rasd.eval.QuoteTimeGold.Analysis;
import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import dev.rasd.eval.QuoteTimeGold.GoldQuote;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.Quote;
import dev.rasd.quote.NameWords;
import dev.rasd.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores direct quotations against gold. Spans: an emitted direct quote matches a gold one when
 * the trimmed texts are identical (each used once), giving precision, recall and F1.
 * Attribution, over matched quotes: when the quote carries an {@code entityId} its entity's
 * canonical name — as the resolver holds it after the last article, which is what a reader of
 * the store sees — must be the gold canonical name word for word after normalisation
 * ({@link ArabicNormalizer#key}) and with spaces ignored ({@link NameWords#compact}: "عبد الرحيم"
 * and "عبدالرحيم" are one spelling); how many of those needed more than key equality is counted.
 * A quote without an entity (name read from the text) passes when the names are nested, as a
 * surname inside a full name. An unnamed gold speaker (null) matches only null.
 * Each wrong speaker is put down to the entity layer when no mention in the article resolves to
 * the gold speaker's name, and to attribution otherwise.
 */
public final class QuoteEvaluation {
  /**
   * The figures of one run; {@code errors} lists misses, spurious quotes and wrong speakers.
   * {@code beyondKey} counts canonical matches that differ from gold by spacing only; {@code entityLayerMisses} the wrong speakers whose entity the layer never found.
   */
  public record QuoteScores(int gold, int emitted, int matched, int speakerCorrect, int byCanonical,
                            int byNestedName, int beyondKey, int entityLayerMisses, List<String> errors) {
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

    /** Attribution with canonical names compared by {@link ArabicNormalizer#key} equality alone. */
    public double attributionByKey() {
      return matched == 0 ? 0 : (double) (speakerCorrect - beyondKey) / matched;
    }
  }

  private QuoteEvaluation() {
  }

  /** {@code analysis.articles().get(i)} is the pipeline's output for {@code gold.get(i)}. */
  public static QuoteScores score(List<GoldArticle> gold, Analysis analysis) {
    Map<String, String> canonical = new HashMap<>();
    for (Entity e : analysis.entities()) {
      canonical.put(e.id(), e.canonical());
    }
    int goldCount = 0;
    int emitted = 0;
    int matched = 0;
    int speakerCorrect = 0;
    int byCanonical = 0;
    int beyondKey = 0;
    int entityMisses = 0;
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      String id = gold.get(i).article().id();
      AnalyzedArticle analysed = analysis.articles().get(i);
      List<Quote> pending = new ArrayList<>(analysed.quotes().stream().filter(Quote::direct).toList());
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
        boolean linked = hit.entityId() != null;
        String said = linked ? canonical.getOrDefault(hit.entityId(), hit.speaker()) : hit.speaker();
        byCanonical += linked ? 1 : 0;
        if (sameSpeaker(said, g.speaker(), linked)) {
          speakerCorrect++;
          beyondKey += linked && !key(said).equals(key(g.speaker())) ? 1 : 0;
        } else {
          boolean unseen = g.speaker() != null && analysed.entities().stream()
              .map(m -> m.entityId() == null ? m.text() : canonical.getOrDefault(m.entityId(), m.canonical()))
              .noneMatch(name -> sameSpeaker(name, g.speaker(), true));
          entityMisses += unseen ? 1 : 0;
          errors.add(id + " speaker " + said + " instead of " + g.speaker() + " for «" + g.text() + "»"
              + (unseen ? " [entity layer: gold speaker not recognised]" : " [attribution]"));
        }
      }
      pending.forEach(q -> errors.add(id + " spurious «" + q.text() + "» (" + q.speaker() + ")"));
    }
    return new QuoteScores(goldCount, emitted, matched, speakerCorrect, byCanonical, matched - byCanonical,
        beyondKey, entityMisses, errors);
  }

  private static boolean sameSpeaker(String said, String gold, boolean canonical) {
    if (gold == null || said == null) {
      return gold == null && said == null;
    }
    return canonical ? NameWords.compact(said).equals(NameWords.compact(gold)) : NameWords.nested(said, gold);
  }

  private static String key(String name) {
    return ArabicNormalizer.key(name).strip();
  }

  /** See {@link NameWords#nested}. */
  static boolean nestedName(String a, String b) {
    return NameWords.nested(a, b);
  }
}
