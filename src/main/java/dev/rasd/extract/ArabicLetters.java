package dev.rasd.extract;

/** Counts letters of the Arabic script: the unit of "how much article text" a block holds. */
final class ArabicLetters {
  private ArabicLetters() {
  }

  static int count(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        n++;
      }
    }
    return n;
  }
}
