package dev.rasd.bench;

import dev.rasd.model.EntityType;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The swappable name surfaces of one source article (people and places; organisations and
 * outlets keep their names because swapping them breaks the sentences around them), with a
 * pattern that finds them as whole words. A surface may carry one or two attached clitics
 * (و ف ب ل ك), which stay in place when the name is swapped.
 */
final class NameSurfaces {
  private static final String CLITICS = "[\u0648\u0641\u0628\u0644\u0643]{0,2}";
  private static final String NOT_IN_WORD = "[\\p{L}\\p{M}]";

  private final Pattern pattern;
  private final Map<String, SourceArticle.Name> bySurface;

  private NameSurfaces(Pattern pattern, Map<String, SourceArticle.Name> bySurface) {
    this.pattern = pattern;
    this.bySurface = bySurface;
  }

  static NameSurfaces of(SourceArticle article) {
    Map<String, SourceArticle.Name> bySurface = new LinkedHashMap<>();
    for (SourceArticle.Name n : article.names()) {
      if ((n.type() == EntityType.PER || n.type() == EntityType.LOC) && !n.surface().isBlank()) {
        bySurface.putIfAbsent(n.surface(), n);
      }
    }
    if (bySurface.isEmpty()) {
      return new NameSurfaces(null, Map.of());
    }
    // Longest first, so "سالم بوعزيزة الورشفاني" wins over its own last word "الورشفاني".
    String alternatives = bySurface.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
    Pattern p = Pattern.compile("(?<!" + NOT_IN_WORD + ")(" + CLITICS + ")(" + alternatives + ")(?!" + NOT_IN_WORD + ")");
    return new NameSurfaces(p, bySurface);
  }

  /** Per source article id, built once per corpus. */
  static Map<String, NameSurfaces> of(List<SourceArticle> articles) {
    Map<String, NameSurfaces> out = new HashMap<>();
    for (SourceArticle a : articles) {
      out.put(a.article().id(), of(a));
    }
    return out;
  }

  /** {@code text} with each found surface replaced by {@code rename}'s answer (null keeps it). */
  String replace(String text, Function<SourceArticle.Name, String> rename) {
    if (pattern == null) {
      return text;
    }
    return pattern.matcher(text).replaceAll(m -> {
      String renamed = rename.apply(bySurface.get(m.group(2)));
      return Matcher.quoteReplacement(m.group(1) + (renamed == null ? m.group(2) : renamed));
    });
  }
}
