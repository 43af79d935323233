package dev.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.Rasd;
import dev.rasd.model.Story;
import dev.rasd.search.SearchResults.ArticleHit;
import dev.rasd.search.SearchResults.StoryHits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  @TempDir
  static Path dir;
  static Rasd rasd;
  static SearchService search;

  @BeforeAll
  static void open() {
    NewsFixtures.write(dir);
    rasd = Rasd.open(dir);
    search = new SearchService(rasd.index(), id -> rasd.story(id).map(Story::headline).orElse(null));
  }

  @AfterAll
  static void close() {
    rasd.close();
  }

  private static SearchResults run(String text, SearchQuery.Order order) {
    return search.search(new SearchQuery(text, null, null, null, null, order, 0, 10));
  }

  private static List<String> articleIds(SearchResults results) {
    return results.stories().stream().flatMap(s -> s.hits().stream()).map(ArticleHit::articleId).toList();
  }

  @Test
  void theStemmerJoinsAWordWithAndWithoutTheArticle() {
    SearchResults results = run("مفاوضات", SearchQuery.Order.RELEVANCE);
    // talks-1 has "مفاوضات" (title and text), talks-3 has "المفاوضات".
    assertThat(articleIds(results)).containsExactlyInAnyOrder("talks-1", "talks-3");
    assertThat(results.stories()).extracting(StoryHits::storyId).containsExactly(NewsFixtures.TALKS);
  }

  @Test
  void marksWrapTheOriginalWordsOfTheText() {
    SearchResults results = run("المفاوضات", SearchQuery.Order.RELEVANCE);
    ArticleHit third = results.stories().get(0).hits().stream().filter(h -> h.articleId().equals("talks-3")).findFirst().orElseThrow();
    List<String> marked = MARK.matcher(third.snippetHtml()).results().map(m -> m.group(1)).toList();
    assertThat(marked).containsExactly("المفاوضات");
    String text = rasd.article("talks-3").orElseThrow().text();
    // The snippet without its marks is a passage of the clean text: offsets were not shifted.
    String plain = third.snippetHtml().replace("<mark>", "").replace("</mark>", "").replace("&quot;", "\"");
    assertThat(text).contains(plain.strip());
    ArticleHit first = results.stories().get(0).hits().stream().filter(h -> h.articleId().equals("talks-1")).findFirst().orElseThrow();
    assertThat(first.titleHtml()).isEqualTo("انطلاق <mark>مفاوضات</mark> وقف إطلاق النار في القاهرة");
  }

  @Test
  void quotedWordsMustStandTogetherInOrder() {
    assertThat(articleIds(run("\"إطلاق النار\"", SearchQuery.Order.RELEVANCE))).containsExactlyInAnyOrder("talks-1", "talks-2");
    assertThat(articleIds(run("«النار إطلاق»", SearchQuery.Order.RELEVANCE))).isEmpty();
    assertThat(articleIds(run("النار إطلاق", SearchQuery.Order.RELEVANCE))).containsExactlyInAnyOrder("talks-1", "talks-2");
  }

  @Test
  void aPhraseIsMarkedAsTheWholePhrase() {
    SearchResults results = run("\"وقف إطلاق النار\"", SearchQuery.Order.RELEVANCE);
    ArticleHit first = results.stories().get(0).hits().get(0);
    assertThat(first.articleId()).isEqualTo("talks-1");
    Matcher m = MARK.matcher(first.snippetHtml());
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("وقف إطلاق النار");
  }

  @Test
  void everyWordMustMatchSomewhere() {
    assertThat(articleIds(run("غزة رفح", SearchQuery.Order.RELEVANCE))).containsExactly("aid-1");
    assertThat(articleIds(run("غزة تونس", SearchQuery.Order.RELEVANCE))).isEmpty();
  }

  @Test
  void hitsAreGroupedByStoryWithTheStoryHeadline() {
    SearchResults results = run("غزة", SearchQuery.Order.RELEVANCE);
    assertThat(results.totalArticles()).isEqualTo(3);
    assertThat(results.totalStories()).isEqualTo(2);
    StoryHits talks = results.stories().stream().filter(s -> s.storyId().equals(NewsFixtures.TALKS)).findFirst().orElseThrow();
    assertThat(talks.headline()).isEqualTo("مفاوضات القاهرة لوقف إطلاق النار في غزة");
    assertThat(talks.matchingArticles()).isEqualTo(2);
  }

  @Test
  void dateOrderPutsTheNewestStoryFirst() {
    SearchResults results = run("غزة", SearchQuery.Order.DATE);
    assertThat(results.stories()).extracting(StoryHits::storyId).containsExactly(NewsFixtures.AID, NewsFixtures.TALKS);
    assertThat(results.stories().get(1).hits()).extracting(ArticleHit::articleId).containsExactly("talks-2", "talks-1");
  }

  @Test
  void filtersByOutletDatesAndEntity() {
    SearchResults byOutlet = search.search(new SearchQuery("غزة", NewsFixtures.SANAD, null, null, null, null, 0, 10));
    assertThat(articleIds(byOutlet)).containsExactlyInAnyOrder("talks-1", "aid-1");
    SearchResults byDate = search.search(new SearchQuery("", null, LocalDate.of(2025, 5, 11), LocalDate.of(2025, 5, 11),
        null, null, 0, 10));
    assertThat(articleIds(byDate)).containsExactly("talks-3");
    SearchResults byEntity = search.search(new SearchQuery(null, null, null, null, NewsFixtures.TUNIS, null, 0, 10));
    assertThat(articleIds(byEntity)).containsExactly("olives-1");
    assertThat(byEntity.stories().get(0).hits().get(0).snippetHtml()).startsWith("توقعت وزارة الفلاحة");
  }

  @Test
  void pagesOverStories() {
    SearchResults first = search.search(new SearchQuery("", null, LocalDate.of(2025, 1, 1), null, null, null, 0, 2));
    SearchResults second = search.search(new SearchQuery("", null, LocalDate.of(2025, 1, 1), null, null, null, 2, 2));
    assertThat(first.totalStories()).isEqualTo(3);
    assertThat(first.stories()).hasSize(2);
    assertThat(second.stories()).hasSize(1);
    assertThat(first.stories()).extracting(StoryHits::storyId).doesNotContain(second.stories().get(0).storyId());
  }

  @Test
  void stopwordsAloneFindNothingAndNothingAtAllIsRefused() {
    assertThat(run("في", SearchQuery.Order.RELEVANCE).stories()).isEmpty();
    assertThatThrownBy(() -> run("  ", SearchQuery.Order.RELEVANCE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filter");
  }

  @Test
  void markupInTheTextIsEscaped() {
    SearchResults results = run("الأجواء", SearchQuery.Order.RELEVANCE);
    String snippet = results.stories().get(0).hits().get(0).snippetHtml();
    assertThat(snippet).contains("&quot;<mark>الأجواء</mark>").doesNotContain("\"");
  }
}
