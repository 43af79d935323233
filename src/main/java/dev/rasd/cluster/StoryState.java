package dev.rasd.cluster;

import dev.rasd.model.Story;
import dev.rasd.summary.DigestMember;
import dev.rasd.summary.SourceText;
import dev.rasd.summary.StoryDigest;
import dev.rasd.summary.StoryDigester;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story while it grows: its members, the centroid of their unit term vectors, how often each
 * entity occurs among them, its first publication time (the event's anchor), the texts the
 * digest is made from and the digest last made from them.
 *
 * <p>Once no article can join the story any more and its storyline can take no new story, the
 * clusterer {@link #retire() retires} it: everything kept only for comparing and digesting is
 * dropped, and what remains is its identity, its members and the story as last handed out.
 */
final class StoryState {
  /** Members whose text is kept for the headline and summary; later reports rarely add new facts. */
  static final int DIGEST_SOURCES = 12;

  final String id;
  final int number;
  final List<String> articleIds = new ArrayList<>();
  OffsetDateTime firstPublished;
  StorylineState storyline;
  /** The story as last handed out for persistence, null before that. */
  Story emitted;
  private TermVector centroid = new TermVector();
  private Map<String, Integer> entities = new HashMap<>();
  private List<DigestMember> sources = new ArrayList<>();
  private StoryDigest digest;
  private int sourceCount;
  private int digestedSources;

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
    if (articleIds.size() <= DIGEST_SOURCES) {
      sources.add(new DigestMember(text));
      sourceCount++;
    }
    if (profile.published() != null && (firstPublished == null || profile.published().isBefore(firstPublished))) {
      firstPublished = profile.published();
    }
  }

  TermVector centroid() {
    return centroid;
  }

  Map<String, Integer> entities() {
    return entities;
  }

  /**
   * The digest of the sources, made again only when they changed. They stop changing at
   * {@value #DIGEST_SOURCES} members, so a large story is not digested anew for every report it
   * takes; its digest keeps the IDF of the time its last source arrived, and the sources are
   * let go once that digest is made.
   */
  StoryDigest digest(StoryDigester digester) {
    if (digest == null || digestedSources != sourceCount) {
      digest = digester.digestMembers(sources);
      digestedSources = sourceCount;
      if (sourceCount == DIGEST_SOURCES) {
        sources = null;
      }
    }
    return digest;
  }

  boolean retired() {
    return centroid == null;
  }

  /** Drops the comparison and digest state; the story keeps its members and {@link #emitted}. */
  void retire() {
    centroid = null;
    entities = null;
    sources = null;
    digest = null;
    storyline = null;
  }
}
