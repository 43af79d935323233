package dev.rasd.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into a Lucene query without a query syntax to get wrong: text in
 * double quotes (ASCII, “curly” or «guillemets», all common in Arabic typing) is a phrase, every
 * other word is a term; every part must match, in the title or the text. Each part goes through
 * the index's ArabicAnalyzer, so stemming and normalisation apply as at indexing time; a part
 * that analyses to nothing (a stopword such as "في") is dropped rather than matching nothing.
 */
final class UserQuery {
  /** Titles name the event: a match there says more than one deep in the body. */
  private static final float TITLE_BOOST = 2f;
  private static final Pattern PART = Pattern.compile("[\"“”«»]([^\"“”«»]*)[\"“”«»]?|([^\\s\"“”«»]+)");

  private UserQuery() {
  }

  /** The query, or null when nothing searchable is left (blank text or stopwords only). */
  static Query parse(String text, Analyzer analyzer) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<Query> parts = new ArrayList<>();
    Matcher m = PART.matcher(text);
    while (m.find()) {
      boolean phrase = m.group(1) != null;
      String part = phrase ? m.group(1) : m.group(2);
      Query inTitle = phrase ? builder.createPhraseQuery(ArticleIndex.TITLE, part)
          : builder.createBooleanQuery(ArticleIndex.TITLE, part, Occur.MUST);
      Query inText = phrase ? builder.createPhraseQuery(ArticleIndex.TEXT, part)
          : builder.createBooleanQuery(ArticleIndex.TEXT, part, Occur.MUST);
      if (inTitle != null && inText != null) {
        parts.add(new BooleanQuery.Builder()
            .add(new BoostQuery(inTitle, TITLE_BOOST), Occur.SHOULD)
            .add(inText, Occur.SHOULD)
            .build());
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    parts.forEach(q -> all.add(q, Occur.MUST));
    return all.build();
  }
}
