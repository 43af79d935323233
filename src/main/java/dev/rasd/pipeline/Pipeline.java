package dev.rasd.pipeline;

import dev.rasd.cluster.ClusteringSettings;
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
import java.time.Duration;
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
  private static final char LINE_TABULATION = '\u000B';
  /** MessageDigest instances are stateful and not thread-safe; looking one up per article costs a provider search. */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  });

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
    return standard(ClusteringSettings.defaults().eventWindow());
  }

  /**
   * The standard pipeline with stories taking articles for {@code eventWindow} after their first
   * report (and the clusterer evicting stories beyond it); the other clustering settings are the defaults.
   */
  public static Pipeline standard(Duration eventWindow) {
    StoryClusterer stories = new StoryClusterer(ClusteringSettings.defaults().withEventWindow(eventWindow));
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
    return process(article, contentHash(article), timings);
  }

  /** As {@link #process(Article, Map)}, for a caller that already has {@code contentHash(article)}. */
  public AnalyzedArticle process(Article article, String contentHash, Map<String, Long> timings) {
    long t0 = System.nanoTime();
    CleanText clean = cleaner.clean(article);
    AnalyzedArticle a = AnalyzedArticle.cleaned(article, clean.title(), clean.text(), clean.removed(), contentHash);
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
    String key = collapseSpace(ArabicNormalizer.key(article.title() + "\n" + article.body())).strip();
    MessageDigest sha = SHA_256.get();
    return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * {@code s} with every run of ASCII white space (regex {@code \\s}: space, tab, newline,
   * vertical tab, form feed, carriage return) replaced by one space. Hand-rolled because the
   * regex costs more than hashing; stored hashes depend on exactly this set, so it must not widen.
   */
  static String collapseSpace(String s) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!isAsciiSpace(s.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < s.length() && isAsciiSpace(s.charAt(end))) {
        end++;
      }
      if (end - i > 1 || s.charAt(i) != ' ') {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, copied, i).append(' ');
        copied = end;
      }
      i = end - 1;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == LINE_TABULATION || c == '\f' || c == '\r';
  }
}
