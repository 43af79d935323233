package dev.rasd.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitics on normalised word keys. Arabic attaches the conjunctions و and ف and the
 * prepositions ب, ل and ك to the next word ("وبوتين", "لروسيا", "بموسكو"), in that order, and the
 * article ال after them ("والجيش"; ل before ال drops the alef: "للجيش"). A name may itself begin
 * with one of these letters (بوتين، لافروف، فرنسا، واشنطن), so a prefix is only certain when ال
 * follows it; otherwise callers decide with a lexicon of known name words.
 */
public final class ArabicClitics {
  static final char WAW = '\u0648';
  static final char FEH = '\u0641';
  static final char BEH = '\u0628';
  static final char LAM = '\u0644';
  static final char KAF = '\u0643';
  static final char ALEF = '\u0627';
  static final char YEH = '\u064A';
  static final char HEH = '\u0647';
  static final char NOON = '\u0646';
  private static final String DEFINITE_ARTICLE = "" + ALEF + LAM;
  /** Nisba endings on normalised keys (teh marbuta is already heh): -ي، -ية، -يين، -يون. */
  private static final String[] NISBA_ENDINGS = {"" + YEH, "" + YEH + HEH, "" + YEH + YEH + NOON, "" + YEH + WAW + NOON};
  /** A stem shorter than this after stripping is more likely a short word than a clitic + name. */
  private static final int MIN_STEM = 3;

  private ArabicClitics() {
  }

  static boolean isConjunction(char c) {
    return c == WAW || c == FEH;
  }

  static boolean isPreposition(char c) {
    return c == BEH || c == LAM || c == KAF;
  }

  /**
   * Length of the clitic letters before a following ال, which are then certainly clitics:
   * "وبالقاهرة" → 2, "للجيش" → 1 (ل + ال with elided alef), "الجيش" → 0, "بوتين" → 0.
   */
  public static int certainPrefix(String key) {
    int i = 0;
    if (i < key.length() && isConjunction(key.charAt(i))) {
      i++;
    }
    if (i < key.length() && isPreposition(key.charAt(i))) {
      i++;
    }
    for (int p = i; p > 0; p--) {
      if (key.startsWith(DEFINITE_ARTICLE, p) && key.length() - p - 2 >= 2) {
        return p;
      }
      if (key.charAt(p - 1) == LAM && p + 1 < key.length() && key.charAt(p) == LAM && key.length() - p - 1 >= MIN_STEM) {
        return p;
      }
    }
    return 0;
  }

  /**
   * The longest clitic prefix the letters allow, leaving a stem of at least three letters:
   * "وبوتين" → 2 (و + ب), "لروسيا" → 1; callers try shorter prefixes down to zero.
   */
  public static int maximalPrefix(String key) {
    int i = 0;
    if (i < key.length() && isConjunction(key.charAt(i)) && key.length() - 1 >= MIN_STEM) {
      i++;
    }
    if (i < key.length() && isPreposition(key.charAt(i)) && key.length() - i - 1 >= MIN_STEM) {
      i++;
    }
    return i;
  }

  /** A reading of a word without some clitic letters: how many were removed and the rest as a key. */
  public record Bare(int prefix, String key) {
  }

  /**
   * The readings of {@code key} to try against a lexicon, most literal first: the word itself,
   * without its certain clitics (with the alef of ال restored after ل: "للجيش" → "الجيش"), without
   * a leading conjunction, and without its maximal clitic prefix.
   */
  public static List<Bare> readings(String key) {
    List<Bare> out = new ArrayList<>(4);
    out.add(new Bare(0, key));
    int certain = certainPrefix(key);
    if (certain > 0) {
      if (key.charAt(certain - 1) == LAM && key.charAt(certain) == LAM) {
        out.add(new Bare(certain, ALEF + key.substring(certain)));
      }
      out.add(new Bare(certain, key.substring(certain)));
    }
    int maximal = maximalPrefix(key);
    if (maximal > 0 && certain != 1 && isConjunction(key.charAt(0))) {
      out.add(new Bare(1, key.substring(1)));
    }
    if (maximal > Math.max(certain, 1) || (maximal == 1 && certain == 0 && !isConjunction(key.charAt(0)))) {
      out.add(new Bare(maximal, key.substring(maximal)));
    }
    return out;
  }

  /** Length of ال at {@code from}, or 0. */
  public static int articleAt(String key, int from) {
    return key.startsWith(DEFINITE_ARTICLE, from) && key.length() - from - 2 >= 2 ? 2 : 0;
  }

  /**
   * The bare stem used as a tagging feature: certain clitics and ال removed, or a lone leading
   * conjunction when the rest is long enough. Returns the start index of the stem in {@code key}.
   */
  public static int stemStart(String key) {
    int p = certainPrefix(key);
    if (p == 0 && key.length() - 1 > MIN_STEM && isConjunction(key.charAt(0))) {
      p = 1;
    }
    return p + articleAt(key, p);
  }

  /**
   * True for a relative adjective (nisba) such as الليبي، الروسية، المصريين: ال + stem + ي, يه,
   * يين or يون. These describe a place's people or things; they are not mentions of the place.
   */
  public static boolean isNisba(String key) {
    int s = certainPrefix(key);
    if (!key.startsWith(DEFINITE_ARTICLE, s)) {
      return false;
    }
    int stem = key.length() - s - 2;
    if (stem < MIN_STEM) {
      return false;
    }
    for (String ending : NISBA_ENDINGS) {
      if (key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
