package dev.rasd.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Light stems with stopwords removed, through Lucene's {@link ArabicAnalyzer} (Larkey et al.'s
 * light-10 stemmer over Lucene's normaliser, with its Arabic stopword list). Used for TF-IDF
 * similarity and search; entity and quote spans use {@link Tokenizer} offsets instead.
 * Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
public final class ArabicStemmer implements AutoCloseable {
  private final Analyzer analyzer = new ArabicAnalyzer();

  /** Stems of the content words of {@code text}, in order, stopwords dropped. */
  public List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(ArabicNormalizer.key(term));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text from memory", e);
    }
    return out;
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
