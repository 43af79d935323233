package dev.rasd.eval;

import dev.rasd.feed.PageDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Scores main-text extractors against a gold directory of {@code NAME.html} + {@code NAME.txt}
 * pairs. Every page is decoded once with {@link PageDecoder} and handed to each system as text,
 * so encoding handling does not make the comparison unfair. The summary is the macro average of
 * per-page token F1 ({@link ExtractTokenF1}).
 */
public final class ExtractEvaluation {
  /** One system's scores on one page. */
  public record PageScore(String page, Map<String, ExtractTokenF1> bySystem) {
  }

  /** All pages and the per-system means. */
  public record Report(List<PageScore> pages, Map<String, Double> meanF1) {
  }

  private ExtractEvaluation() {
  }

  /**
   * Runs every system (name → function of (html, url) to main text) over the gold pairs in
   * {@code goldDir}. Throws {@link IllegalArgumentException} when the directory has no pairs.
   */
  public static Report run(Path goldDir, Map<String, BiFunction<String, String, String>> systems) {
    List<Path> pages = goldPages(goldDir);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException(goldDir + ": no NAME.html + NAME.txt pairs found");
    }
    List<PageScore> scores = new ArrayList<>();
    Map<String, Double> sums = new LinkedHashMap<>();
    for (Path html : pages) {
      String name = html.getFileName().toString().replaceFirst("\\.html$", "");
      String page = PageDecoder.decode(read(html), null);
      String gold = new String(read(html.resolveSibling(name + ".txt")), StandardCharsets.UTF_8);
      Map<String, ExtractTokenF1> bySystem = new LinkedHashMap<>();
      for (Map.Entry<String, BiFunction<String, String, String>> system : systems.entrySet()) {
        ExtractTokenF1 f1 = ExtractTokenF1.of(system.getValue().apply(page, "https://example.org/" + name), gold);
        bySystem.put(system.getKey(), f1);
        sums.merge(system.getKey(), f1.f1(), Double::sum);
      }
      scores.add(new PageScore(name, bySystem));
    }
    Map<String, Double> means = new LinkedHashMap<>();
    sums.forEach((system, sum) -> means.put(system, sum / pages.size()));
    return new Report(scores, means);
  }

  private static List<Path> goldPages(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".html"))
          .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replaceFirst("\\.html$", ".txt"))))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the gold directory", e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(p + ": cannot read", e);
    }
  }
}
