package dev.rasd.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-attaches clitics that a corpus wrote as separate tokens, so that training sees words as
 * running text spells them. The NewsFANE re-annotation of ANERcorp splits the conjunctions و and
 * ف, often the prepositions ب, ل and ك, and the pronoun suffixes ("و قال ان ه", "ثروات هم"),
 * while news text and the ANERcorp test split glue them ("وقال انه", "ثرواتهم"); a tagger trained
 * on split tokens meets unseen glued forms at tagging time. Rules, left to right:
 * <ol>
 *   <li>a pronoun-suffix token joins the Arabic word before it (teh marbuta becomes teh before a
 *       suffix: "حصة ها" → "حصتها") and that word keeps its label;</li>
 *   <li>a run of proclitic tokens labelled O or opening a span joins the next Arabic word, with
 *       the alef of ال dropped after ل ("ل الجيش" → "للجيش"); the word keeps its label unless the
 *       proclitic opened the span.</li>
 * </ol>
 * Tokens before digits, punctuation or Latin stay separate, as they do in print; text that is
 * already glued passes through unchanged.
 */
final class CliticJoiner {
  private static final char TEH = '\u062A';
  private static final char TEH_MARBUTA = '\u0629';
  /** Pronoun suffixes; كم and كما are left out because they are also free words (how many, as). */
  private static final Set<String> SUFFIXES = Set.of("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627",
      "\u0647\u0646", "\u0646\u0627", "\u064A", "\u0646\u064A");
  private static final Set<String> PROCLITICS = Set.of(String.valueOf(ArabicClitics.WAW), String.valueOf(ArabicClitics.FEH),
      String.valueOf(ArabicClitics.BEH), String.valueOf(ArabicClitics.LAM), String.valueOf(ArabicClitics.KAF));
  private static final int MIN_HOST = 2;

  private CliticJoiner() {
  }

  static ConllCorpus.Sentence join(ConllCorpus.Sentence s) {
    return joinProclitics(joinSuffixes(s));
  }

  private static ConllCorpus.Sentence joinSuffixes(ConllCorpus.Sentence s) {
    List<String> words = new ArrayList<>(s.words().size());
    List<BioLabel> labels = new ArrayList<>(s.words().size());
    for (int i = 0; i < s.words().size(); i++) {
      String w = s.words().get(i);
      int last = words.size() - 1;
      if (SUFFIXES.contains(w) && last >= 0 && isArabicWord(words.get(last), MIN_HOST)) {
        words.set(last, withSuffix(words.get(last), w));
      } else {
        words.add(w);
        labels.add(s.labels().get(i));
      }
    }
    return new ConllCorpus.Sentence(words, labels);
  }

  private static ConllCorpus.Sentence joinProclitics(ConllCorpus.Sentence s) {
    List<String> words = new ArrayList<>(s.words().size());
    List<BioLabel> labels = new ArrayList<>(s.words().size());
    int n = s.words().size();
    for (int i = 0; i < n; i++) {
      int j = i;
      while (j < n && PROCLITICS.contains(s.words().get(j)) && !s.labels().get(j).isInside()) {
        j++;
      }
      if (j == i || j == n || !isArabicWord(s.words().get(j), MIN_HOST)) {
        words.add(s.words().get(i));
        labels.add(s.labels().get(i));
        continue;
      }
      StringBuilder w = new StringBuilder();
      for (int k = i; k < j; k++) {
        w.append(s.words().get(k));
      }
      String host = s.words().get(j);
      boolean elide = w.charAt(w.length() - 1) == ArabicClitics.LAM && host.length() > 2
          && host.charAt(0) == ArabicClitics.ALEF && host.charAt(1) == ArabicClitics.LAM;
      w.append(elide ? host.substring(1) : host);
      BioLabel opened = s.labels().get(i);
      words.add(w.toString());
      labels.add(opened.isBegin() ? opened : s.labels().get(j));
      i = j;
    }
    return new ConllCorpus.Sentence(words, labels);
  }

  private static String withSuffix(String host, String suffix) {
    String h = host.charAt(host.length() - 1) == TEH_MARBUTA ? host.substring(0, host.length() - 1) + TEH : host;
    return h + suffix;
  }

  private static boolean isArabicWord(String w, int minLength) {
    if (w.length() < minLength) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.UnicodeBlock.of(w.charAt(i)) != Character.UnicodeBlock.ARABIC) {
        return false;
      }
    }
    return true;
  }
}
