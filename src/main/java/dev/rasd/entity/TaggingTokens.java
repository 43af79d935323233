package dev.rasd.entity;

import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits clean text into the sentences of tokens the tagger was trained on: the words and numbers
 * of {@link Tokenizer}, plus every other non-space character as its own token, because the
 * training corpus keeps punctuation as tokens ("(", "-", "،") and the tagger's neighbour features
 * expect them. A sentence ends after . ؟ ? ! ؛ or at a line break.
 */
final class TaggingTokens {
  private TaggingTokens() {
  }

  /** One tagging token: surface text, offsets and tagger key. */
  record Tok(String text, int start, int end, String key) {
  }

  static List<List<Tok>> sentences(String text) {
    List<List<Tok>> out = new ArrayList<>();
    List<Tok> current = new ArrayList<>();
    int pos = 0;
    for (Token t : Tokenizer.tokenize(text)) {
      pos = gap(text, pos, t.start(), current, out);
      current.add(new Tok(t.text(), t.start(), t.end(), NerTagger.tokenKey(t.text())));
      pos = t.end();
    }
    gap(text, pos, text.length(), current, out);
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Emits the punctuation between {@code from} and {@code to}, ending sentences where they end. */
  private static int gap(String text, int from, int to, List<Tok> current, List<List<Tok>> out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        flush(current, out);
      } else if (!Character.isWhitespace(c)) {
        String s = String.valueOf(c);
        current.add(new Tok(s, i, i + 1, s));
        if (c == '.' || c == '؟' || c == '?' || c == '!' || c == '؛') {
          flush(current, out);
        }
      }
    }
    return to;
  }

  private static void flush(List<Tok> current, List<List<Tok>> out) {
    if (!current.isEmpty()) {
      out.add(new ArrayList<>(current));
      current.clear();
    }
  }
}
