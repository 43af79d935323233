package dev.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.search.NewsFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir
  Path dir;

  private static CommandLine cli(StringWriter out, StringWriter err) {
    CommandLine cli = new CommandLine(new ServeCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("rasd: " + Problems.describe(e));
      return 2;
    });
    return cli;
  }

  @Test
  void anExposedHostWithoutATokenIsRefusedBeforeTheStoreIsOpened() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path data = dir.resolve("data");
    int code = cli(out, err).execute("--data", data.toString(), "--host", "0.0.0.0", "--port", "0");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("rasd: refusing to serve on 0.0.0.0 without a token").contains("--token")
        .doesNotContain("Exception");
    assertThat(Files.exists(data)).isFalse();
  }

  @Test
  void servesTheStoreAndPrintsItsUrlUntilStopped() throws Exception {
    NewsFixtures.write(dir);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = cli(out, err);
    Thread serving = new Thread(() -> cli.execute("--data", dir.toString(), "--port", "0"));
    serving.start();
    Matcher url = URL.matcher("");
    for (int i = 0; i < 200 && !url.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    assertThat(url.find(0)).as("printed URL in: %s %s", out, err).isTrue();
    assertThat(out.toString()).contains("serving 3 stories");
    HttpResponse<String> stories = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url.group(1) + "api/stories")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(stories.statusCode()).isEqualTo(200);
    assertThat(stories.body()).contains(NewsFixtures.TALKS);
    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
  }
}
