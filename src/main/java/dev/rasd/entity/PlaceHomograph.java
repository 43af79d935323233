package dev.rasd.entity;

import dev.rasd.text.ArabicNormalizer;
import java.text.Normalizer;
import java.util.Set;

/**
 * A place whose name normalisation merges with another gazetteer entry: "عمّان" (Amman) and
 * "عمان" (Oman) share the key عمان once the shadda is dropped. The marked spelling names this
 * place outright; the bare spelling names it only when the article carries one of its cue words
 * (its country, the country's nisba, its other cities) and none of the rival's (سلطنة، العماني),
 * since outlets print the shadda only sometimes.
 *
 * @param key the shared normalised key
 * @param marked the distinguishing spelling as a {@link #skeleton}: folded letters with the shadda kept
 * @param place this place
 * @param cues normalised words that point to this place
 * @param rivalCues normalised words that point to the entry this one shares its key with
 */
record PlaceHomograph(String key, String marked, Place place, Set<String> cues, Set<String> rivalCues) {
  static final char SHADDA = '\u0651';
  private static final char TATWEEL = '\u0640';

  /** True when {@code surface} (as written, clitics allowed before the name) carries the marked spelling. */
  boolean writtenMarked(String surface) {
    return skeleton(surface).endsWith(marked);
  }

  /** True when the article's words (normalised keys, clitics allowed) point here and not to the rival. */
  boolean cuedBy(Set<String> articleWords) {
    return mentionsAny(articleWords, cues) && !mentionsAny(articleWords, rivalCues);
  }

  /** True when a word of {@code articleWords}, read with or without its clitics, is one of {@code wanted}. */
  static boolean mentionsAny(Set<String> articleWords, Set<String> wanted) {
    for (String word : articleWords) {
      for (ArabicClitics.Bare r : ArabicClitics.readings(word)) {
        if (wanted.contains(r.key())) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code s} with its letters folded as {@link ArabicNormalizer#key} folds them, the shadda kept, other marks dropped. */
  static String skeleton(String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (c == SHADDA) {
        out.append(c);
      } else if (!ArabicNormalizer.isDiacritic(c) && c != TATWEEL) {
        out.append(ArabicNormalizer.fold(c));
      }
    }
    return out.toString();
  }
}
