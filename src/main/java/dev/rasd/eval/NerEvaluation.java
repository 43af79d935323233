package dev.rasd.eval;

import dev.rasd.entity.BioLabel;
import dev.rasd.entity.ConllCorpus;
import dev.rasd.entity.NerTagger;
import dev.rasd.entity.TokenSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates the tagger on a gold CoNLL file: each sentence's tokens are normalised and tagged,
 * and predicted and gold spans are compared at entity level ({@link NerScores}). An I- label
 * that does not continue a span of its type opens a new span, as conlleval does.
 */
public final class NerEvaluation {
  private NerEvaluation() {
  }

  /** A span of tokens {@code [start, end)} with its type. */
  public static NerScores evaluate(NerTagger tagger, List<ConllCorpus.Sentence> gold) {
    NerScores scores = new NerScores();
    for (ConllCorpus.Sentence s : gold) {
      String[] keys = new String[s.words().size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = NerTagger.tokenKey(s.words().get(i));
      }
      BioLabel[] predicted = tagger.tag(keys);
      Set<TokenSpan> goldSpans = spans(s.labels().toArray(BioLabel[]::new));
      for (TokenSpan g : goldSpans) {
        scores.gold(g.type());
      }
      for (TokenSpan p : spans(predicted)) {
        scores.predicted(p.type(), goldSpans.contains(p));
      }
    }
    return scores;
  }

  static Set<TokenSpan> spans(BioLabel[] labels) {
    return new HashSet<>(TokenSpan.of(labels));
  }
}
