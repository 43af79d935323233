package dev.rasd.bench;

import dev.rasd.Rasd;
import dev.rasd.model.Article;
import dev.rasd.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles the synthetic stream is recombined from, in publication order: the bundled demo
 * corpus and, when present, the shared gold-news dev set. Ids and event labels are prefixed with
 * the corpus they came from, so two corpora may reuse the same ids.
 */
public final class SourceCorpus {
  static final String DEMO_RESOURCE = "/dev/rasd/demo/articles.jsonl";
  static final String GOLD_DEV = "data/gold-news/dev.jsonl";

  private final List<SourceArticle> articles;
  private final List<String> origins;
  private final Map<String, List<SourceArticle>> events = new LinkedHashMap<>();

  private SourceCorpus(List<SourceArticle> articles, List<String> origins) {
    this.articles = articles.stream()
        .sorted(Comparator.comparing(SourceArticle::article, Rasd.PUBLICATION_ORDER)).toList();
    this.origins = List.copyOf(origins);
    for (SourceArticle a : this.articles) {
      events.computeIfAbsent(a.event(), e -> new ArrayList<>()).add(a);
    }
  }

  /**
   * The demo corpus from the classpath and {@code sharedDir/data/gold-news/dev.jsonl}, whichever
   * exist; empty when neither does (the caller says what is missing).
   */
  public static SourceCorpus load(Path sharedDir) {
    List<SourceArticle> all = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    try (InputStream demo = SourceCorpus.class.getResourceAsStream(DEMO_RESOURCE)) {
      if (demo != null) {
        all.addAll(tagged("demo", ArticleJsonl.readAll(DEMO_RESOURCE,
            new BufferedReader(new InputStreamReader(demo, StandardCharsets.UTF_8)))));
        origins.add("classpath:" + DEMO_RESOURCE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled demo corpus", e);
    }
    Path dev = sharedDir.resolve(GOLD_DEV);
    if (Files.isRegularFile(dev)) {
      try (BufferedReader reader = Files.newBufferedReader(dev, StandardCharsets.UTF_8)) {
        all.addAll(tagged("dev", ArticleJsonl.readAll(dev.toString(), reader)));
        origins.add(dev.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + dev, e);
      }
    }
    return new SourceCorpus(all, origins);
  }

  /** A corpus of the given articles, e.g. fixtures written for a test. */
  public static SourceCorpus of(List<SourceArticle> articles, String origin) {
    return new SourceCorpus(articles, List.of(origin));
  }

  private static List<SourceArticle> tagged(String tag, List<SourceArticle> articles) {
    return articles.stream().map(s -> {
      Article a = s.article();
      return new SourceArticle(new Article(tag + "/" + a.id(), a.outlet(), a.url(), a.published(), a.title(), a.body()),
          tag + "/" + s.event(), s.copyOf() == null ? null : tag + "/" + s.copyOf(), s.names());
    }).toList();
  }

  public boolean isEmpty() {
    return articles.isEmpty();
  }

  public int size() {
    return articles.size();
  }

  /** The articles in publication order, undated ones last. */
  public List<SourceArticle> articles() {
    return articles;
  }

  public int eventCount() {
    return events.size();
  }

  /** Where the articles came from, for the report. */
  public List<String> origins() {
    return origins;
  }

  /** The reports of one event, in publication order. */
  List<SourceArticle> event(String event) {
    return events.get(event);
  }

  /** Every canonical name of the given type the labels mention, in first-seen order. */
  List<String> canonicalNames(EntityType type) {
    Set<String> names = new LinkedHashSet<>();
    for (SourceArticle a : articles) {
      for (SourceArticle.Name n : a.names()) {
        if (n.type() == type) {
          names.add(n.canonical());
        }
      }
    }
    return List.copyOf(names);
  }
}
