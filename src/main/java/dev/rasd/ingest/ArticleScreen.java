package dev.rasd.ingest;

import dev.rasd.model.Article;
import dev.rasd.text.ArabicNormalizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a read article may enter the run. Rejected: an article with neither title nor
 * body; one that is not Arabic (fewer than {@value #MIN_ARABIC_PERCENT}% Arabic letters among its
 * letters, or fewer than {@value #MIN_ARABIC_WORDS} Arabic words: Rasd's analysis is Arabic-only
 * and a Latin press release would only pollute clusters); and a second article with an id already
 * accepted in this run. One screen per run.
 */
final class ArticleScreen {
  static final int MIN_ARABIC_PERCENT = 30;
  static final int MIN_ARABIC_WORDS = 3;

  private final Set<String> acceptedIds = new HashSet<>();

  /** Why {@code article} is rejected, or empty when it is accepted (and its id taken). */
  Optional<String> rejection(Article article) {
    if (article.title().isBlank() && article.body().isBlank()) {
      return Optional.of("empty article: no title and no body");
    }
    String text = article.title() + "\n" + article.body();
    int letters = 0;
    int arabicLetters = 0;
    int arabicWords = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letter = Character.isLetter(c);
      boolean arabic = ArabicNormalizer.isArabicLetter(c);
      if (letter) {
        letters++;
        arabicLetters += arabic ? 1 : 0;
        arabicWords += !inWord && arabic ? 1 : 0;
      }
      inWord = letter || ArabicNormalizer.isDiacritic(c);
    }
    if (arabicLetters * 100 < letters * MIN_ARABIC_PERCENT || arabicWords < MIN_ARABIC_WORDS) {
      return Optional.of("not Arabic: " + (letters == 0 ? 0 : arabicLetters * 100 / letters)
          + "% of its letters and " + arabicWords + " words are Arabic (needs " + MIN_ARABIC_PERCENT
          + "% and " + MIN_ARABIC_WORDS + " words)");
    }
    if (!acceptedIds.add(article.id())) {
      return Optional.of("duplicate id \"" + article.id() + "\": an earlier article of this run has it");
    }
    return Optional.empty();
  }
}
