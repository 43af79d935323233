package dev.rasd.cluster;

import dev.rasd.summary.SourceText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story while it grows: its members, the centroid of their unit term vectors, how often each
 * entity occurs among them, its first publication time (the event's anchor), and the texts the
 * digest is made from. {@code version} counts changes, keying the digest cache.
 */
final class StoryState {
  /** Members whose text is kept for the headline and summary; later reports rarely add new facts. */
  static final int DIGEST_SOURCES = 12;

  final String id;
  final int number;
  final List<String> articleIds = new ArrayList<>();
  final TermVector centroid = new TermVector();
  final Map<String, Integer> entities = new HashMap<>();
  final List<SourceText> sources = new ArrayList<>();
  OffsetDateTime firstPublished;
  StorylineState storyline;
  int version;

  StoryState(String id, int number) {
    this.id = id;
    this.number = number;
  }

  void add(ArticleProfile profile, SourceText text, DocumentFrequencies idf) {
    articleIds.add(profile.articleId());
    centroid.addNormalised(profile.terms(), idf);
    for (String e : profile.entities()) {
      entities.merge(e, 1, Integer::sum);
    }
    if (sources.size() < DIGEST_SOURCES) {
      sources.add(text);
    }
    if (profile.published() != null && (firstPublished == null || profile.published().isBefore(firstPublished))) {
      firstPublished = profile.published();
    }
    version++;
  }
}
