package dev.rasd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticStreamTest {
  private static final int PER_DAY = 100;

  private static List<Article> stream(int n, long seed) {
    List<Article> out = new ArrayList<>();
    new SyntheticStream(SourceFixtures.corpus(), n, PER_DAY, seed).forEachRemaining(out::add);
    return out;
  }

  /** Synthetic articles by generation, then by source id ("b12-F-3" is F-3 of generation 12). */
  private static Map<String, Map<String, Article>> byGeneration(List<Article> articles) {
    Map<String, Map<String, Article>> out = new HashMap<>();
    for (Article a : articles) {
      int dash = a.id().indexOf('-');
      out.computeIfAbsent(a.id().substring(1, dash), g -> new HashMap<>()).put(a.id().substring(dash + 1), a);
    }
    return out;
  }

  private static List<Article> ofSource(List<Article> articles, String sourceId) {
    return articles.stream().filter(a -> a.id().endsWith("-" + sourceId)).toList();
  }

  @Test
  void emitsTheRequestedNumberInPublicationOrderWithNewIdsAndUrls() {
    List<Article> articles = stream(500, 1);
    assertThat(articles).hasSize(500);
    assertThat(articles.stream().map(Article::id).collect(Collectors.toSet())).hasSize(500);
    assertThat(articles.stream().map(Article::url).collect(Collectors.toSet())).hasSize(500);
    for (int i = 1; i < articles.size(); i++) {
      assertThat(articles.get(i).published().toInstant()).isAfterOrEqualTo(articles.get(i - 1).published().toInstant());
    }
    assertThat(articles.getFirst().published().toInstant())
        .isAfterOrEqualTo(SourceFixtures.articles().getLast().article().published().toInstant());
  }

  @Test
  void theSeedDeterminesTheStream() {
    assertThat(stream(200, 7)).isEqualTo(stream(200, 7));
    assertThat(stream(200, 8).stream().map(Article::body).toList())
        .isNotEqualTo(stream(200, 7).stream().map(Article::body).toList());
  }

  @Test
  void theDensityFollowsArticlesPerDay() {
    List<Article> articles = stream(1_000, 3);
    double days = (articles.getLast().published().toEpochSecond() - articles.getFirst().published().toEpochSecond()) / 86_400.0;
    assertThat(articles.size() / days).isBetween(PER_DAY * 0.8, PER_DAY * 1.25);
  }

  @Test
  void aWireCopyStaysAVerbatimCopyOfItsOriginalInEveryGeneration() {
    int pairs = 0;
    for (Map<String, Article> generation : byGeneration(stream(600, 5)).values()) {
      if (generation.containsKey("F-1") && generation.containsKey("F-2")) {
        assertThat(generation.get("F-2").body()).isEqualTo(generation.get("F-1").body());
        pairs++;
      }
    }
    assertThat(pairs).isGreaterThan(10);
  }

  @Test
  void reportsAreRewrittenWithSentencesOfTheirOwnEventOnly() {
    List<Article> articles = stream(800, 11);
    List<Article> floods = new ArrayList<>(ofSource(articles, "F-6"));
    floods.addAll(ofSource(articles, "F-7"));
    assertThat(floods).allSatisfy(a -> assertThat(a.body()).doesNotContain("ميناء", "المنتخب"));
    assertThat(ofSource(articles, "F-6")).anySatisfy(a -> assertThat(a.body()).contains("تجنب التنقل غير الضروري"));
    String source = SourceFixtures.articles().get(5).article().body();
    assertThat(ofSource(articles, "F-6")).anySatisfy(a -> assertThat(a.body()).isNotEqualTo(source));
  }

  @Test
  void breadcrumbsStayBeforeTheLeadAndTheClosingLineStaysLast() {
    List<Article> paraphrases = ofSource(stream(600, 13), "F-3");
    assertThat(paraphrases).isNotEmpty().allSatisfy(a -> {
      assertThat(a.body()).startsWith("الرئيسية » اقتصاد\n\nأطلقت وزارة النقل");
      assertThat(a.body()).endsWith("شارك الخبر");
    });
  }

  @Test
  void figuresChangeButKeepTheirScriptAndYearsStay() {
    List<Article> articles = stream(800, 17);
    List<Article> matches = ofSource(articles, "F-4");
    assertThat(matches).isNotEmpty().allSatisfy(a -> {
      assertThat(a.body()).contains("٢٠٢٤").doesNotContainPattern("[0-9]");
    });
    assertThat(matches).anySatisfy(a -> assertThat(a.body()).doesNotContain("٣٥ مقابل ٢٩"));
    List<Article> ports = ofSource(articles, "F-1");
    assertThat(ports).allSatisfy(a -> assertThat(a.body()).doesNotContainPattern("(?<![0-9])(?!2021)[0-9]{4}(?![0-9])"));
    assertThat(ports).anySatisfy(a -> assertThat(a.body()).contains("منذ عام 2021"));
  }

  /** Family names are what every report keeps (full names may sit in dropped sentences). */
  @Test
  void aSwappedPersonIsRenamedConsistentlyAcrossTheReportsOfOneEvent() {
    Set<String> namesUsed = new HashSet<>();
    int generationsNamingOne = 0;
    for (Map<String, Article> generation : byGeneration(stream(1_000, 19)).values()) {
      if (generation.containsKey("F-6") && generation.containsKey("F-7")) {
        Set<String> named = new HashSet<>();
        for (String id : List.of("F-6", "F-7")) {
          SourceFixtures.PEOPLE.stream().filter(p -> generation.get(id).body().contains(familyName(p))).forEach(named::add);
        }
        assertThat(named).hasSizeLessThanOrEqualTo(1);
        generationsNamingOne += named.size();
        namesUsed.addAll(named);
      }
    }
    assertThat(generationsNamingOne).isGreaterThan(10);
    assertThat(namesUsed).hasSizeGreaterThan(1);
  }

  private static String familyName(String person) {
    return person.substring(person.lastIndexOf(' ') + 1);
  }
}
