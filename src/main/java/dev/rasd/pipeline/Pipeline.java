package dev.rasd.pipeline;

import dev.rasd.cluster.StoryClusterer;
import dev.rasd.dedup.Deduplicator;
import dev.rasd.entity.EntityRecognizer;
import dev.rasd.entity.NameVariantResolver;
import dev.rasd.extract.BoilerplateFilter;
import dev.rasd.extract.CleanText;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Entity;
import dev.rasd.model.Story;
import dev.rasd.quote.QuoteExtractor;
import dev.rasd.text.ArabicNormalizer;
import dev.rasd.time.DateResolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis pipeline: cleaning, then an ordered list of stages, each adding one layer.
 * Articles must be given in arrival (publication) order; online stages keep their state here.
 * Not thread-safe: one pipeline per store.
 */
public final class Pipeline {
  private final BoilerplateFilter cleaner;
  private final Map<String, Stage> stages;
  private final StoryView stories;
  private final EntityView entities;

  Pipeline(BoilerplateFilter cleaner, Map<String, Stage> stages, StoryView stories, EntityView entities) {
    this.cleaner = cleaner;
    this.stages = stages;
    this.stories = stories;
    this.entities = entities;
  }

  /** The standard pipeline with every stage Rasd has, in dependency order. */
  public static Pipeline standard() {
    StoryClusterer stories = new StoryClusterer();
    EntityRecognizer recognizer = new EntityRecognizer();
    NameVariantResolver resolver = NameVariantResolver.over(recognizer);
    Map<String, Stage> stages = new LinkedHashMap<>();
    stages.put("entities", recognizer);
    stages.put("entity-resolution", resolver);
    stages.put("times", new DateResolver());
    stages.put("quotes", new QuoteExtractor());
    stages.put("dedup", new Deduplicator());
    stages.put("stories", stories);
    return new Pipeline(new BoilerplateFilter(), stages, stories, resolver);
  }

  /** Cleans {@code article} and runs every stage over it. */
  public AnalyzedArticle process(Article article) {
    return process(article, null);
  }

  /** As {@link #process(Article)}, adding each stage's nanoseconds into {@code timings} when not null. */
  public AnalyzedArticle process(Article article, Map<String, Long> timings) {
    long t0 = System.nanoTime();
    CleanText clean = cleaner.clean(article);
    AnalyzedArticle a = AnalyzedArticle.cleaned(article, clean.title(), clean.text(), clean.removed(), contentHash(article));
    long t = System.nanoTime();
    if (timings != null) {
      timings.merge("clean", t - t0, Long::sum);
    }
    for (Map.Entry<String, Stage> stage : stages.entrySet()) {
      a = stage.getValue().apply(a);
      if (timings != null) {
        long now = System.nanoTime();
        timings.merge(stage.getKey(), now - t, Long::sum);
        t = now;
      }
    }
    return a;
  }

  /** Feeds an article analysed in an earlier run back into every stateful stage. */
  public void restore(AnalyzedArticle earlier) {
    cleaner.observe(earlier.article());
    for (Stage stage : stages.values()) {
      stage.restore(earlier);
    }
  }

  public List<Story> stories() {
    return stories.stories();
  }

  public List<Entity> entities() {
    return entities.entities();
  }

  public StoryView storyView() {
    return stories;
  }

  public EntityView entityView() {
    return entities;
  }

  /**
   * SHA-256 of the normalised title and body with white space collapsed: the same article
   * re-encoded, re-spaced or re-diacritised hashes the same, for idempotent ingest.
   */
  public static String contentHash(Article article) {
    String key = ArabicNormalizer.key(article.title() + "\n" + article.body()).replaceAll("\\s+", " ").strip();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
