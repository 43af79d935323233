package dev.rasd.cluster;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.ArabicStemmer;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the clusterer compares of one article: stem weights with the headline counted
 * {@value #TITLE_WEIGHT} times (a headline names the event; a body also carries background),
 * sublinear in frequency so one repeated word does not dominate, plus the keys of its named
 * entities. Media entities (the agency a report cites) are left out: they say who reported,
 * not what happened. {@code hasBody} says whether there was more than a headline to compare.
 */
record ArticleProfile(String articleId, OffsetDateTime published, TermVector terms, Set<String> entities,
                      boolean hasBody) {
  static final double TITLE_WEIGHT = 2.0;

  /** The profile of {@code article}, its terms entered into (not yet counted by) {@code idf}. */
  static ArticleProfile of(AnalyzedArticle article, ArabicStemmer stemmer, DocumentFrequencies idf) {
    Map<String, Integer> titleCounts = counts(stemmer.stems(article.title()));
    Map<String, Integer> bodyCounts = counts(stemmer.stems(article.text()));
    Map<String, Double> weights = new HashMap<>();
    bodyCounts.forEach((t, c) -> weights.merge(t, Math.log1p(c), Double::sum));
    titleCounts.forEach((t, c) -> weights.merge(t, TITLE_WEIGHT * Math.log1p(c), Double::sum));
    return new ArticleProfile(article.id(), article.article().published(), TermVector.of(weights, idf),
        entityKeys(article.entities()), !bodyCounts.isEmpty());
  }

  private static Map<String, Integer> counts(List<String> stems) {
    Map<String, Integer> out = new HashMap<>();
    for (String s : stems) {
      out.merge(s, 1, Integer::sum);
    }
    return out;
  }

  /** The resolved entity id when there is one, else the normalised canonical name or surface. */
  static Set<String> entityKeys(List<EntityMention> mentions) {
    Set<String> out = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.MEDIA) {
        continue;
      }
      if (m.entityId() != null) {
        out.add("id:" + m.entityId());
      } else {
        out.add("name:" + ArabicNormalizer.key(m.canonical() != null ? m.canonical() : m.text()));
      }
    }
    return out;
  }
}
