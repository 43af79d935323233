package dev.rasd.bench;

import dev.rasd.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The baseline measured beside the pipeline in the same run: Lucene's ArabicAnalyzer alone
 * tokenising each article's title and body. It runs over every batch just before the batch is
 * ingested, so both see the same machine load, and their ratio survives a busy machine.
 */
final class AnalyzerBaseline implements AutoCloseable {
  private final Analyzer analyzer = new ArabicAnalyzer();
  private long nanos;
  private long tokens;

  void time(List<Article> batch) {
    long t0 = System.nanoTime();
    for (Article a : batch) {
      consume(a.title());
      consume(a.body());
    }
    nanos += System.nanoTime() - t0;
  }

  private void consume(String text) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // Touching each term keeps the work observable, so the JIT cannot drop it.
        tokens += term.length() > 0 ? 1 : 0;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text from memory", e);
    }
  }

  long nanos() {
    return nanos;
  }

  long tokens() {
    return tokens;
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
