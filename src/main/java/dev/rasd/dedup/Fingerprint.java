package dev.rasd.dedup;

import dev.rasd.text.Sentence;
import dev.rasd.text.SentenceSplitter;
import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What near-duplicate detection keeps of one article: the sorted 64-bit hashes of its word
 * shingles, its MinHash signature, and the numbers of its headline and lead.
 *
 * <p>Shingles are runs of {@value #SHINGLE_WORDS} consecutive normalised words of the body (the
 * title when the body is empty): wire copies keep the body and rewrite the headline, so the
 * headline would only add noise to the overlap. The facts a copy must not change, for
 * {@link FactAgreement}:
 * <ul>
 *   <li>with a body: the numbers of the headline and the lead sentence, checked against every
 *       number of the other article (copies reword headlines and leads freely, but not figures);</li>
 *   <li>headline only: every word, since one swapped word in a headline is a different claim
 *       ("الذهب يرتفع" against "الذهب يتراجع", a swapped country or name).</li>
 * </ul>
 */
record Fingerprint(String articleId, OffsetDateTime published, long[] shingles, long[] signature,
                   Set<String> facts, Set<String> factContext) {
  static final int SHINGLE_WORDS = 3;

  static Fingerprint of(String articleId, OffsetDateTime published, String title, String text, MinHasher hasher) {
    String shingled = text.isBlank() ? title : text;
    List<Token> tokens = Tokenizer.tokenize(shingled);
    long[] shingles = shingleHashes(tokens);
    if (text.isBlank()) {
      Set<String> words = new HashSet<>();
      tokens.forEach(t -> words.add(t.key()));
      return new Fingerprint(articleId, published, shingles, hasher.signature(shingles), Set.copyOf(words), Set.copyOf(words));
    }
    Set<String> facts = new HashSet<>(numbers(Tokenizer.tokenize(title)));
    facts.addAll(numbers(Tokenizer.tokenize(lead(text))));
    Set<String> context = new HashSet<>(facts);
    context.addAll(numbers(tokens));
    return new Fingerprint(articleId, published, shingles, hasher.signature(shingles), Set.copyOf(facts), Set.copyOf(context));
  }

  private static String lead(String text) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    return sentences.isEmpty() ? "" : sentences.getFirst().text();
  }

  private static List<String> numbers(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.isNumber()) {
        out.add(t.key());
      }
    }
    return out;
  }

  /** Sorted distinct shingle hashes; a text shorter than a shingle is one shingle of all its words. */
  private static long[] shingleHashes(List<Token> tokens) {
    int n = tokens.size();
    if (n == 0) {
      return new long[0];
    }
    int width = Math.min(SHINGLE_WORDS, n);
    long[] out = new long[n - width + 1];
    for (int i = 0; i + width <= n; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < i + width; j++) {
        h = MinHasher.mix(h ^ tokens.get(j).key().hashCode()) + j - i;
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Shared shingles over the smaller set: 1.0 when one text is contained in the other. */
  double containment(Fingerprint other) {
    int smaller = Math.min(shingles.length, other.shingles.length);
    return smaller == 0 ? 0 : (double) intersection(shingles, other.shingles) / smaller;
  }

  private static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
