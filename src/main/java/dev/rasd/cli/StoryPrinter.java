package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.EntityMention;
import dev.rasd.model.Quote;
import dev.rasd.model.Story;
import dev.rasd.text.ArabicNormalizer;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Prints stories for a terminal: headline, outlets and times, summary, top entities, who said what. */
final class StoryPrinter {
  private static final int TOP_ENTITIES = 6;

  private final Rasd rasd;
  private final PrintWriter out;

  StoryPrinter(Rasd rasd, PrintWriter out) {
    this.rasd = rasd;
    this.out = out;
  }

  void brief(Story story) {
    List<AnalyzedArticle> articles = rasd.articlesOfStory(story.id());
    long outlets = articles.stream().map(a -> a.article().outlet()).filter(Objects::nonNull).distinct().count();
    out.printf("%s  %s%n", story.id(), story.headline());
    out.printf("    %d article%s, %d outlet%s%s%n", articles.size(), articles.size() == 1 ? "" : "s", outlets,
        outlets == 1 ? "" : "s", story.storyline() == null ? "" : ", storyline " + story.storyline());
  }

  void full(Story story) {
    List<AnalyzedArticle> articles = rasd.articlesOfStory(story.id());
    out.printf("%s  %s%n", story.id(), story.headline());
    if (story.storyline() != null) {
      out.println("storyline: " + story.storyline());
    }
    if (story.summary() != null && !story.summary().isBlank()) {
      out.println();
      out.println(story.summary());
    }
    out.println();
    out.println("reports:");
    for (AnalyzedArticle a : articles) {
      out.printf("  %-25s %-22s %s%s%n", a.article().published() == null ? "(undated)" : a.article().published(),
          a.article().outlet() == null ? "(unknown outlet)" : a.article().outlet(), a.title(),
          a.duplicateOf() == null ? "" : "  [copy of " + a.duplicateOf() + "]");
    }
    Map<String, Long> entities = articles.stream().flatMap(a -> a.entities().stream())
        .collect(Collectors.groupingBy(StoryPrinter::entityLabel, LinkedHashMap::new, Collectors.counting()));
    if (!entities.isEmpty()) {
      out.println("entities:");
      entities.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_ENTITIES)
          .forEach(e -> out.printf("  %s ×%d%n", e.getKey(), e.getValue()));
    }
    // A wire copy repeats its original's quotes word for word: each quotation is listed once.
    List<Quote> quotes = articles.stream().flatMap(a -> a.quotes().stream()).filter(Quote::direct)
        .filter(distinctBy(q -> ArabicNormalizer.key(q.text()))).toList();
    if (!quotes.isEmpty()) {
      out.println("who said what:");
      quotes.forEach(q -> out.printf("  %s: «%s»%n", q.speaker() == null ? "(unattributed)" : q.speaker(), q.text()));
    }
  }

  private static <T> Predicate<T> distinctBy(Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    return t -> seen.add(key.apply(t));
  }

  private static String entityLabel(EntityMention m) {
    return (m.canonical() == null ? m.text() : m.canonical()) + " (" + m.type() + ")";
  }
}
