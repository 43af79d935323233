package dev.rasd.api;

import static dev.rasd.api.ApiClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.Rasd;
import dev.rasd.api.ApiClient.Reply;
import dev.rasd.search.NewsFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read endpoints against a real server on a free loopback port, over the hand-written newsroom. */
class ApiServerTest {
  @TempDir
  static Path dir;
  static Rasd rasd;
  static ApiServer server;
  static ApiClient api;

  @BeforeAll
  static void start() {
    NewsFixtures.write(dir);
    rasd = Rasd.open(dir);
    server = ApiServer.start(rasd, ServerConfig.loopback(0));
    api = new ApiClient(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    rasd.close();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void storiesComeBiggestFirstWithOutletCountsAndSummaries() {
    Reply reply = api.get("api/stories");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("total").asInt()).isEqualTo(3);
    JsonNode first = reply.json().get("stories").get(0);
    assertThat(first.get("id").asText()).isEqualTo(NewsFixtures.TALKS);
    assertThat(first.get("articles").asInt()).isEqualTo(3);
    assertThat(first.get("outlets").asInt()).isEqualTo(3);
    assertThat(first.get("summary").asText()).startsWith("انطلقت في القاهرة");
    assertThat(first.get("first_published").asText()).isEqualTo("2025-05-10T09:00+03:00");
    assertThat(first.get("last_published").asText()).isEqualTo("2025-05-11T08:15Z");
  }

  @Test
  void storiesArePaged() {
    JsonNode first = api.get("api/stories?offset=0&limit=2").json();
    JsonNode second = api.get("api/stories?offset=2&limit=2").json();
    assertThat(first.get("stories")).hasSize(2);
    assertThat(second.get("stories")).hasSize(1);
    assertThat(texts(first.get("stories"), "id")).doesNotContain(second.get("stories").get(0).get("id").asText());
  }

  @Test
  void storiesAreFilteredByWordsEntityAndDate() {
    assertThat(texts(api.get("api/stories?q=" + encode("زيت الزيتون")).json().get("stories"), "id"))
        .containsExactly(NewsFixtures.OLIVES);
    assertThat(texts(api.get("api/stories?entity=" + NewsFixtures.GAZA).json().get("stories"), "id"))
        .containsExactly(NewsFixtures.AID, NewsFixtures.TALKS);
    JsonNode since = api.get("api/stories?since=2025-05-12").json();
    assertThat(texts(since.get("stories"), "id")).containsExactly(NewsFixtures.AID);
    assertThat(since.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void aStoryHasItsReportsPeopleQuotesPlacesAndStoryline() {
    Reply reply = api.get("api/stories/" + NewsFixtures.TALKS);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode story = reply.json();
    assertThat(story.get("headline").asText()).isEqualTo("مفاوضات القاهرة لوقف إطلاق النار في غزة");
    assertThat(texts(story.get("articles"), "id")).containsExactly("talks-1", "talks-2", "talks-3");
    assertThat(texts(story.get("outlets"), "name")).containsExactlyInAnyOrder(NewsFixtures.SANAD, NewsFixtures.NAHAR, NewsFixtures.WIRE);
    JsonNode khatib = find(story.get("entities"), "id", NewsFixtures.KHATIB);
    assertThat(khatib.get("canonical").asText()).isEqualTo("سامر الخطيب");
    assertThat(khatib.get("mentions").asInt()).isEqualTo(3);
    assertThat(khatib.get("articles").asInt()).isEqualTo(3);
    assertThat(texts(story.get("quotes"), "text")).containsExactly("الأجواء إيجابية والنقاش جاد",
        "وفده سيرد على المقترح خلال ساعات", "الدوحة تدعم أي اتفاق يوقف الحرب", "الباب ما زال مفتوحا");
    assertThat(story.get("quotes").get(1).get("speaker").asText()).isEqualTo("سامر الخطيب");
    assertThat(story.get("quotes").get(1).get("direct").asBoolean()).isFalse();
    JsonNode cairo = find(story.get("places"), "entity", NewsFixtures.CAIRO);
    assertThat(cairo.get("lat").asDouble()).isEqualTo(30.0444);
    assertThat(cairo.get("mentions").asInt()).isEqualTo(3);
    assertThat(texts(story.get("places"), "name")).containsExactlyInAnyOrder("القاهرة", "غزة", "الدوحة");
    assertThat(texts(story.get("storyline_stories"), "id")).containsExactly(NewsFixtures.AID);
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new AssertionError("no item with " + field + "=" + value + " in " + array);
  }

  @Test
  void anArticleHasTheAnalyzeJsonShapeWithSpansIntoItsText() {
    JsonNode article = api.get("api/articles/talks-2").json();
    assertThat(article.fieldNames()).toIterable().containsExactly("id", "title", "text", "outlet", "published", "url",
        "removed_boilerplate", "duplicate_of", "story", "entities", "quotes", "times");
    String text = article.get("text").asText();
    for (JsonNode span : article.get("entities")) {
      assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    }
    JsonNode mention = find(article.get("entities"), "text", "الخطيب");
    assertThat(mention.get("canonical").asText()).isEqualTo("سامر الخطيب");
    assertThat(mention.has("lat")).isFalse();
    assertThat(find(article.get("entities"), "text", "الدوحة").get("lon").asDouble()).isEqualTo(51.5310);
    JsonNode quote = article.get("quotes").get(1);
    assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
  }

  @Test
  void anEntityHasVariantsStoriesAndQuotes() {
    JsonNode entity = api.get("api/entities/" + NewsFixtures.KHATIB).json();
    assertThat(entity.get("variants")).extracting(JsonNode::asText).containsExactly("سامر الخطيب", "الخطيب");
    assertThat(texts(entity.get("stories"), "id")).containsExactly(NewsFixtures.TALKS);
    assertThat(texts(entity.get("quotes"), "text")).containsExactly("الباب ما زال مفتوحا",
        "وفده سيرد على المقترح خلال ساعات", "الأجواء إيجابية والنقاش جاد");
  }

  @Test
  void quotesArePagedNewestFirst() {
    JsonNode first = api.get("api/quotes?entity=" + NewsFixtures.KHATIB + "&limit=2").json();
    JsonNode rest = api.get("api/quotes?entity=" + NewsFixtures.KHATIB + "&offset=2&limit=2").json();
    assertThat(texts(first.get("quotes"), "text")).containsExactly("الباب ما زال مفتوحا", "وفده سيرد على المقترح خلال ساعات");
    assertThat(texts(rest.get("quotes"), "text")).containsExactly("الأجواء إيجابية والنقاش جاد");
    assertThat(api.get("api/quotes?limit=100").json().get("quotes")).hasSize(6);
  }

  @Test
  void searchGroupsHitsByStoryAndMarksTheWords() {
    Reply reply = api.get("api/search?q=" + encode("غزة") + "&sort=date");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode stories = reply.json().get("stories");
    assertThat(texts(stories, "story_id")).containsExactly(NewsFixtures.AID, NewsFixtures.TALKS);
    assertThat(stories.get(0).get("hits").get(0).get("snippet_html").asText()).contains("<mark>غزة</mark>");
    JsonNode filtered = api.get("api/search?q=" + encode("غزة") + "&outlet=" + encode(NewsFixtures.NAHAR) + "&from=2025-05-10&to=2025-05-10").json();
    assertThat(texts(filtered.get("stories").get(0).get("hits"), "article_id")).containsExactly("talks-2");
    assertThat(filtered.get("total_articles").asInt()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/stories?limit=0", "api/stories?limit=ten", "api/stories?offset=-1", "api/stories?since=yesterday",
      "api/search?q=x&sort=best", "api/search", "api/search?q=x&from=2025-05-02&to=2025-05-01", "api/quotes?limit=101"})
  void badParametersAreRefusedWith400AndAJsonReason(String path) {
    Reply reply = api.get(path);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("status").asInt()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api/stories/S-none", "api/articles/none", "api/entities/E-none", "api/quotes?entity=E-none", "api/nothing-here"})
  void unknownThingsAre404InJson(String path) {
    Reply reply = api.get(path);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("status").asInt()).isEqualTo(404);
    assertThat(reply.json().get("error").asText()).isNotBlank();
  }

  @Test
  void theOpenApiDocumentDescribesEveryRoute() {
    Reply reply = api.get("api/openapi.json");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode paths = reply.json().get("paths");
    assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/api/stories", "/api/stories/{id}",
        "/api/articles/{id}", "/api/articles", "/api/entities/{id}", "/api/quotes", "/api/search", "/api/openapi.json");
    assertThat(paths.get("/api/articles").has("post")).isTrue();
    assertThat(reply.json().get("openapi").asText()).startsWith("3.");
  }
}
