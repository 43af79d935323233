package dev.rasd.eval;

import dev.rasd.model.AnalyzedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Baseline 2: Carrot2 4.x batch clustering (Lingo or STC) over the same clean titles and bodies.
 * A document belongs to the first top-level cluster that lists it (clusters are ranked), and a
 * document no cluster lists is a singleton. Both are allowed one cluster per
 * {@value #DOCS_PER_CLUSTER} documents, the typical size of a news event, up to Carrot2's limit of
 * {@value #MAX_CLUSTERS} (their defaults, 30 and 15, are made for one page of search results);
 * other attributes keep their defaults.
 */
final class ClusterCarrotBaseline {
  static final int DOCS_PER_CLUSTER = 3;
  /** The largest cluster count Carrot2 4.5 accepts for Lingo and STC. */
  static final int MAX_CLUSTERS = 100;

  enum Algorithm { LINGO, STC }

  private record NewsDocument(String id, String title, String body) implements Document {
    @Override
    public void visitFields(java.util.function.BiConsumer<String, String> fieldConsumer) {
      fieldConsumer.accept("title", title);
      fieldConsumer.accept("content", body);
    }
  }

  private final LanguageComponents arabic = ArabicCarrotLanguage.components();

  Map<String, String> cluster(List<AnalyzedArticle> articles, Algorithm which) {
    ClusteringAlgorithm algorithm = switch (which) {
      case LINGO -> {
        LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
        lingo.desiredClusterCount.set(clusterCount(articles.size()));
        yield lingo;
      }
      case STC -> {
        STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
        stc.maxClusters.set(clusterCount(articles.size()));
        yield stc;
      }
    };
    Stream<NewsDocument> docs = articles.stream().map(a -> new NewsDocument(a.id(), a.title(), a.text()));
    List<Cluster<NewsDocument>> clusters = algorithm.cluster(docs, arabic);
    Map<String, String> out = new LinkedHashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (NewsDocument d : clusters.get(c).getDocuments()) {
        out.putIfAbsent(d.id(), which + "-" + c);
      }
    }
    for (AnalyzedArticle a : articles) {
      out.putIfAbsent(a.id(), "single-" + a.id());
    }
    return out;
  }

  private static int clusterCount(int documents) {
    return Math.clamp(documents / DOCS_PER_CLUSTER, 2, MAX_CLUSTERS);
  }
}
