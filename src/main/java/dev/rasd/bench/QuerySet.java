package dev.rasd.bench;

import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * The search latency queries: the most frequent content words of the titles seen, and the most
 * frequent two-word phrases (adjacent content words), half and half, most frequent first. These
 * are what a monitor's users type: names, places and topics that head the news. Content words are
 * at least {@value #MIN_LETTERS} letters long, not numbers, and not on Lucene's Arabic stopword list.
 */
final class QuerySet {
  private static final int MIN_LETTERS = 3;
  private static final CharArraySet STOPWORDS = ArabicAnalyzer.getDefaultStopSet();

  private final Map<String, Integer> words = new LinkedHashMap<>();
  private final Map<String, Integer> phrases = new LinkedHashMap<>();

  void observe(String title) {
    Token previous = null;
    for (Token t : Tokenizer.tokenize(title)) {
      boolean content = !t.isNumber() && t.text().length() >= MIN_LETTERS && !STOPWORDS.contains(t.text());
      if (content) {
        words.merge(t.text(), 1, Integer::sum);
        if (previous != null) {
          phrases.merge(previous.text() + " " + t.text(), 1, Integer::sum);
        }
      }
      previous = content ? t : null;
    }
  }

  /** Up to {@code n} queries in classic query-parser syntax, phrases quoted. */
  List<String> queries(int n) {
    List<String> topWords = top(words, n);
    List<String> topPhrases = top(phrases, n);
    List<String> out = new ArrayList<>();
    int w = 0;
    int p = 0;
    while (out.size() < n && (w < topWords.size() || p < topPhrases.size())) {
      boolean phraseTurn = out.size() % 2 == 1 && p < topPhrases.size() || w >= topWords.size();
      out.add(phraseTurn ? "\"" + QueryParser.escape(topPhrases.get(p++)) + "\"" : QueryParser.escape(topWords.get(w++)));
    }
    return out;
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(n).map(Map.Entry::getKey).toList();
  }
}
