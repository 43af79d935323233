package dev.rasd.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rasd.Rasd;
import dev.rasd.api.ApiClient.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Token enforcement. Exposed addresses are only checked as configurations (nothing binds to
 * them); enforcement itself is exercised on loopback, where a given token is enforced the same way.
 */
class ApiAccessTest {
  private static final String TOKEN = "s3cret-token";
  // A minimal article; the body is the point, not its content.
  private static final String ARTICLE = "{\"id\": \"a-1\", \"title\": \"خبر قصير\", \"body\": \"نص الخبر.\"}";

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "192.0.2.10", "::"})
  void anExposedHostWithoutATokenIsRefusedWithWhatToDo(String host) {
    assertThatThrownBy(() -> new ServerConfig(host, 8080, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refusing to serve on " + host)
        .hasMessageContaining("--token");
    assertThatThrownBy(() -> new ServerConfig(host, 8080, "  ", false)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "localhost", "::1"})
  void loopbackNeedsNoToken(String host) {
    assertThat(new ServerConfig(host, 8080, null, false).access().allows("POST", null)).isTrue();
  }

  @Test
  void anExposedHostWithATokenRequiresItForWritesOnly() {
    AccessPolicy policy = new ServerConfig("0.0.0.0", 8080, TOKEN, false).access();
    assertThat(policy.allows("GET", null)).isTrue();
    assertThat(policy.allows("POST", null)).isFalse();
    assertThat(policy.allows("POST", "Bearer wrong")).isFalse();
    assertThat(policy.allows("POST", "Basic " + TOKEN)).isFalse();
    assertThat(policy.allows("POST", "Bearer " + TOKEN)).isTrue();
    AccessPolicy all = new ServerConfig("0.0.0.0", 8080, TOKEN, true).access();
    assertThat(all.allows("GET", null)).isFalse();
    assertThat(all.allows("GET", "Bearer " + TOKEN)).isTrue();
  }

  @Test
  void tokenForAllWithoutATokenIsRefused() {
    assertThatThrownBy(() -> new ServerConfig("127.0.0.1", 8080, null, true)).hasMessageContaining("--token-for-all");
  }

  @Test
  void theServerEnforcesTheTokenOnWrites() {
    try (Rasd rasd = Rasd.open(dir); ApiServer server = ApiServer.start(rasd, new ServerConfig("127.0.0.1", 0, TOKEN, false))) {
      ApiClient api = new ApiClient(server);
      Reply anonymous = api.post("api/articles", ARTICLE, null);
      assertThat(anonymous.status()).isEqualTo(401);
      assertThat(anonymous.json().get("error").asText()).contains("Authorization: Bearer");
      assertThat(api.post("api/articles", ARTICLE, "wrong").status()).isEqualTo(401);
      assertThat(rasd.articleCount()).isZero();
      assertThat(api.post("api/articles", ARTICLE, TOKEN).status()).isEqualTo(201);
      assertThat(api.get("api/stories").status()).isEqualTo(200);
    }
  }

  @Test
  void tokenForAllGuardsReadsToo() {
    try (Rasd rasd = Rasd.open(dir); ApiServer server = ApiServer.start(rasd, new ServerConfig("127.0.0.1", 0, TOKEN, true))) {
      ApiClient api = new ApiClient(server);
      assertThat(api.get("api/stories").status()).isEqualTo(401);
      assertThat(api.get("api/stories", TOKEN).status()).isEqualTo(200);
    }
  }
}
