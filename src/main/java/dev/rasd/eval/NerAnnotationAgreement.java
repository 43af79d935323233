package dev.rasd.eval;

import dev.rasd.entity.BioLabel;
import dev.rasd.entity.ConllCorpus;
import dev.rasd.model.EntityType;
import dev.rasd.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far two annotations of the same sentences agree, scored as if one were a tagger's output
 * and the other the gold: the ceiling a model trained on the first can reach when judged by the
 * second's guidelines.
 *
 * <p>The two corpora tokenise differently (one splits the clitics و ف ب ل ك off, the other keeps
 * them on the word), so sentences are paired by their letters alone, folded and with every space
 * removed, and entities are compared as character spans over those letters. A span that starts
 * one or two clitic letters earlier in one file than in the other is the same entity: whether
 * "لروسيا" is tagged whole or as "ل" + "روسيا" is tokenisation, not a disagreement. Sentences
 * found in only one file are skipped and counted.
 */
public final class NerAnnotationAgreement {
  private static final String CLITIC_LETTERS = "وفبلك";
  private static final int MAX_CLITICS = 2;

  /** The scores, and how many sentences of each file were paired. */
  public record Result(NerScores scores, int paired, int sentencesA, int sentencesB) {
  }

  private record Span(int start, int end, EntityType type) {
  }

  private record Letters(String text, List<Span> spans) {
  }

  private NerAnnotationAgreement() {
  }

  /** Scores annotation {@code a} against annotation {@code b} taken as the gold. */
  public static Result compare(List<ConllCorpus.Sentence> a, List<ConllCorpus.Sentence> b) {
    Map<String, Letters> byText = new HashMap<>();
    for (ConllCorpus.Sentence s : b) {
      Letters l = letters(s);
      byText.putIfAbsent(l.text(), l);
    }
    NerScores scores = new NerScores();
    int paired = 0;
    for (ConllCorpus.Sentence s : a) {
      Letters mine = letters(s);
      Letters gold = byText.get(mine.text());
      if (gold == null) {
        continue;
      }
      paired++;
      score(mine, gold, scores);
    }
    return new Result(scores, paired, a.size(), b.size());
  }

  private static void score(Letters predicted, Letters gold, NerScores scores) {
    Set<Span> matched = new HashSet<>();
    for (Span g : gold.spans()) {
      scores.gold(g.type());
    }
    for (Span p : predicted.spans()) {
      Span hit = null;
      for (Span g : gold.spans()) {
        if (!matched.contains(g) && g.type() == p.type() && g.end() == p.end()
            && sameBarClitics(gold.text(), g.start(), p.start())) {
          hit = g;
          break;
        }
      }
      if (hit != null) {
        matched.add(hit);
      }
      scores.predicted(p.type(), hit != null);
    }
  }

  /** True when the two starts are equal or only clitic letters lie between them. */
  static boolean sameBarClitics(String text, int start1, int start2) {
    int from = Math.min(start1, start2);
    int to = Math.max(start1, start2);
    if (to - from > MAX_CLITICS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (CLITIC_LETTERS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static Letters letters(ConllCorpus.Sentence s) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i < s.words().size(); i++) {
      BioLabel label = s.labels().get(i);
      boolean continues = label.isInside() && label.type() == type;
      if (type != null && !continues) {
        spans.add(new Span(start, text.length(), type));
        type = null;
      }
      if (label.type() != null && !continues) {
        start = text.length();
        type = label.type();
      }
      appendLetters(s.words().get(i), text);
    }
    if (type != null) {
      spans.add(new Span(start, text.length(), type));
    }
    return new Letters(text.toString(), spans);
  }

  private static void appendLetters(String word, StringBuilder out) {
    String key = ArabicNormalizer.key(word);
    for (int i = 0; i < key.length(); i++) {
      if (!Character.isWhitespace(key.charAt(i))) {
        out.append(key.charAt(i));
      }
    }
  }
}
