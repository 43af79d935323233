package dev.rasd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Search latency over a fixed query set, as a user of the index sees it: parse the query over the
 * title and text fields, take the top {@value #TOP} hits and load their stored id and title. The
 * set runs {@value #WARMUP_ROUNDS} times unmeasured (JIT, page cache), then {@value #ROUNDS} times
 * measured; percentiles are nearest-rank over every measured query.
 *
 * @param queries     distinct queries in the set
 * @param samples     measured searches
 * @param meanResults mean number of hits returned (at most {@value #TOP})
 */
public record SearchLatency(int queries, int samples, double p50Ms, double p95Ms, double p99Ms, double meanResults) {
  static final int TOP = 20;
  static final int WARMUP_ROUNDS = 3;
  static final int ROUNDS = 5;
  private static final String[] FIELDS = {"title", "text"};
  private static final Set<String> SHOWN = Set.of("id", "title");
  private static final double NANOS_PER_MS = 1e6;

  static SearchLatency measure(DirectoryReader reader, Analyzer analyzer, List<String> queries) {
    if (queries.isEmpty()) {
      return new SearchLatency(0, 0, 0, 0, 0, 0);
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer);
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      for (String q : queries) {
        search(searcher, parser, q);
      }
    }
    long[] nanos = new long[ROUNDS * queries.size()];
    long results = 0;
    int k = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (String q : queries) {
        long t0 = System.nanoTime();
        results += search(searcher, parser, q);
        nanos[k++] = System.nanoTime() - t0;
      }
    }
    Arrays.sort(nanos);
    return new SearchLatency(queries.size(), nanos.length, percentile(nanos, 50) / NANOS_PER_MS,
        percentile(nanos, 95) / NANOS_PER_MS, percentile(nanos, 99) / NANOS_PER_MS, (double) results / nanos.length);
  }

  private static int search(IndexSearcher searcher, MultiFieldQueryParser parser, String query) {
    try {
      TopDocs top = searcher.search(parser.parse(query), TOP);
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        stored.document(hit.doc, SHOWN);
      }
      return top.scoreDocs.length;
    } catch (ParseException e) {
      throw new IllegalArgumentException("bench query does not parse: " + query, e);
    } catch (IOException e) {
      throw new UncheckedIOException("searching for " + query, e);
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
