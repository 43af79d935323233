package dev.rasd.api;

import static dev.rasd.api.ApiClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rasd.Rasd;
import dev.rasd.api.ApiClient.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/articles against a real server over an empty store, then reading back what was ingested. */
class ApiIngestTest {
  // A short report on a municipal decision; "text" instead of "body" and a time without an offset.
  private static final String ONE = """
      {"id": "post-1", "title": "بلدية صفاقس تقرر توسيع شبكة النقل العمومي",
       "text": "قررت بلدية صفاقس توسيع شبكة النقل العمومي بإضافة خطوط حافلات جديدة.",
       "published": "2025-06-01T10:00:00", "outlet": "إذاعة الساحل", "url": "https://radio.example/1"}""";
  // Two reports in one array, the later one first: the server orders them by publication time.
  private static final String TWO = """
      [{"id": "post-3", "title": "افتتاح معرض الكتاب في الرباط", "body": "افتتح معرض الكتاب أبوابه في الرباط.",
        "published": "2025-06-03T09:00:00+01:00", "outlet": "Maghreb Daily"},
       {"id": "post-2", "title": "أمطار غزيرة في الشمال", "body": "هطلت أمطار غزيرة على مدن الشمال أمس.",
        "published": "2025-06-02"}]""";

  @TempDir
  Path dir;
  Rasd rasd;
  ApiServer server;
  ApiClient api;

  @BeforeEach
  void start() {
    rasd = Rasd.open(dir);
    server = ApiServer.start(rasd, ServerConfig.loopback(0));
    api = new ApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
    rasd.close();
  }

  @Test
  void anIngestedArticleCanBeReadAndSearchedAtOnce() {
    Reply posted = api.post("api/articles", ONE, null);
    assertThat(posted.status()).isEqualTo(201);
    assertThat(posted.json().get("stored").asInt()).isEqualTo(1);
    assertThat(posted.json().get("ids").get(0).asText()).isEqualTo("post-1");
    JsonNode article = api.get("api/articles/post-1").json();
    assertThat(article.get("text").asText()).startsWith("قررت بلدية صفاقس");
    assertThat(article.get("published").asText()).isEqualTo("2025-06-01T10:00Z");
    JsonNode found = api.get("api/search?q=" + encode("الحافلات")).json();
    assertThat(found.get("stories").get(0).get("hits").get(0).get("article_id").asText()).isEqualTo("post-1");
    assertThat(api.get("api/stories").json().get("total").asInt()).isEqualTo(1);
  }

  @Test
  void anArrayIsOneBatchAndRepeatsAreSkipped() {
    Reply first = api.post("api/articles", TWO, null);
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("received").asInt()).isEqualTo(2);
    assertThat(first.json().get("ids")).extracting(JsonNode::asText).containsExactly("post-2", "post-3");
    Reply again = api.post("api/articles", TWO, null);
    assertThat(again.json().get("stored").asInt()).isZero();
    assertThat(again.json().get("already_stored").asInt()).isEqualTo(2);
    assertThat(rasd.articleCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "42", "[]", "{\"title\": \"بلا معرف\"}", "{\"id\": \"x\"}",
      "{\"id\": \"x\", \"title\": \"عنوان\", \"published\": \"أمس\"}", "{\"id\": 7, \"title\": \"عنوان\"}"})
  void invalidArticlesAreRefusedWholeWith400(String body) {
    Reply reply = api.post("api/articles", body, null);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("error").asText()).isNotBlank();
    assertThat(rasd.articleCount()).isZero();
  }
}
