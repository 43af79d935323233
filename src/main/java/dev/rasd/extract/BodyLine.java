package dev.rasd.extract;

import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.util.List;

/**
 * One line of extracted text with its words in matching-key form, so cue phrases match whatever
 * hamza, alef maqsura or teh marbuta spelling an outlet uses. Punctuation is not a word, which
 * lets "(فيديو) …" and "اقرأ أيضًا: …" match the bare phrases.
 */
record BodyLine(String text, List<String> words) {
  private static final String SENTENCE_ENDS = ".!?؟…";
  private static final String CLOSERS = "»”\"')]";

  static BodyLine of(String text) {
    String stripped = text.strip();
    List<String> words = Tokenizer.tokenize(stripped).stream().map(Token::key).toList();
    return new BodyLine(stripped, words);
  }

  int wordCount() {
    return words.size();
  }

  boolean startsWith(List<String> phrase) {
    return words.size() >= phrase.size() && words.subList(0, phrase.size()).equals(phrase);
  }

  boolean isExactly(List<String> phrase) {
    return words.equals(phrase);
  }

  /**
   * True when the line ends as a written sentence does (full stop, question or exclamation mark,
   * possibly inside a closing quote). Reporting paragraphs almost always do; site furniture
   * (share prompts, captions, bylines, related headlines) almost never does.
   */
  boolean endsLikeSentence() {
    int end = text.length();
    while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
  }

  /** The words joined by single spaces: the line's identity across spellings and punctuation. */
  String normalized() {
    return String.join(" ", words);
  }
}
