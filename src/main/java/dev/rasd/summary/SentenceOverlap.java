package dev.rasd.summary;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How much two sentences say the same thing: Jaccard overlap of their content-term sets (stems
 * with stopwords removed, numbers included, since "17 يوما" against "17 يوما" is the repeated
 * fact). Two reports of one event share the event's names in every sentence; sentences above
 * {@link #REDUNDANT} share most of their content beyond those names.
 */
public final class SentenceOverlap {
  /** At or above this Jaccard overlap a sentence repeats one already in the summary. */
  public static final double REDUNDANT = 0.25;
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char LAM = '\u0644';

  private SentenceOverlap() {
  }

  /**
   * The content-term set of a sentence's stems. The stemmer leaves a clitic on a number ("و17"),
   * so it is taken off here: the number is the fact.
   */
  public static Set<String> terms(Collection<String> stems) {
    Set<String> out = new HashSet<>();
    for (String s : stems) {
      boolean cliticOnNumber = s.length() > 1 && isClitic(s.charAt(0)) && Character.isDigit(s.charAt(1));
      out.add(cliticOnNumber ? s.substring(1) : s);
    }
    return out;
  }

  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : a) {
      if (b.contains(t)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }

  private static boolean isClitic(char c) {
    return c == WAW || c == FEH || c == BEH || c == LAM;
  }
}
