package dev.rasd.entity;

import java.util.List;

/**
 * Marks the tokens of a sentence covered by lexicon phrases, longest match first, left to right:
 * 1 on a phrase's first token, 2 on the others, 0 elsewhere. The first token of a phrase may carry
 * clitics ("وبموسكو", "لوكالة"), so it is also tried with its certain and its maximal clitic
 * prefix removed.
 */
final class LexiconMarks {
  static final byte BEGIN = 1;
  static final byte INSIDE = 2;

  private LexiconMarks() {
  }

  static byte[] mark(PhraseIndex<?> index, String[] keys, List<List<ArabicClitics.Bare>> readings) {
    byte[] marks = new byte[keys.length];
    for (int i = 0; i < keys.length; ) {
      Match m = longest(index, keys, i, keys.length, readings.get(i));
      if (m.words() == 0) {
        i++;
        continue;
      }
      marks[i] = BEGIN;
      for (int j = i + 1; j < i + m.words(); j++) {
        marks[j] = INSIDE;
      }
      i += m.words();
    }
    return marks;
  }

  /** A phrase match: how many words, and how many clitic letters precede it in the first word. */
  record Match(int words, int clitic) {
  }

  static Match longest(PhraseIndex<?> index, String[] keys, int from, int to, List<ArabicClitics.Bare> firstReadings) {
    for (ArabicClitics.Bare r : firstReadings) {
      int words = index.longestMatch(keys, from, to, r.key());
      if (words > 0) {
        return new Match(words, r.prefix());
      }
    }
    return new Match(0, 0);
  }
}
