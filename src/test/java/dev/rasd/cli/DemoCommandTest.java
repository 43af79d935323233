package dev.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
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

/** The demo over its bundled corpus: printing, serving on a free port, and starting from a fresh store. */
class DemoCommandTest {
  private static final Pattern SERVING = Pattern.compile("Rasd is serving the demo at http://127\\.0\\.0\\.1:(\\d+)/ — press Ctrl-C to stop");
  private static final Pattern INGESTED = Pattern.compile("ingested (\\d+) new articles");

  @TempDir
  Path dir;

  private static CommandLine cli(StringWriter out, StringWriter err) {
    CommandLine cli = new CommandLine(new DemoCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli;
  }

  @Test
  void noServePrintsTheStoriesAndNamesProblemsRelativeToTheCorpus() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = cli(out, err).execute("--no-serve", "--data", dir.resolve("store").toString());
    assertThat(code).isZero();
    Matcher ingested = INGESTED.matcher(out.toString());
    assertThat(ingested.find()).isTrue();
    assertThat(Integer.parseInt(ingested.group(1))).isPositive();
    assertThat(out.toString()).contains("reports:").contains("who said what:").doesNotContain("serving");
    // The corpus has a deliberately broken line; its location is shown without the temporary directory.
    assertThat(err.toString()).contains("rasd: demo/late-arrivals.jsonl:2: ").doesNotContain("rasd-demo-corpus");
  }

  @Test
  void servesTheDemoOnTheNextPortWhenTheFirstIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      CommandLine cli = cli(out, err);
      Thread demo = new Thread(() -> cli.execute("--data", dir.resolve("store").toString(), "--port", "" + taken.getLocalPort()));
      demo.start();
      Matcher serving = SERVING.matcher("");
      for (int i = 0; i < 600 && !serving.reset(out.toString()).find(); i++) {
        Thread.sleep(50);
      }
      assertThat(serving.find(0)).as("serving line in: %s %s", out, err).isTrue();
      int port = Integer.parseInt(serving.group(1));
      assertThat(port).isGreaterThan(taken.getLocalPort());
      HttpResponse<String> stories = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/stories")).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(stories.statusCode()).isEqualTo(200);
      assertThat(stories.body()).contains("\"headline\"");
      demo.interrupt();
      demo.join(10_000);
      assertThat(demo.isAlive()).isFalse();
    }
  }

  @Test
  void aPreviousDemoStoreIsDeleted() throws Exception {
    Path store = Files.createDirectories(dir.resolve("demo-data"));
    Files.writeString(store.resolve("rasd.db"), "old");
    Files.writeString(store.resolve("rasd.db-wal"), "old");
    Files.writeString(Files.createDirectories(store.resolve("index")).resolve("segments_1"), "old");
    DemoCommand.clearStore(store);
    assertThat(store).doesNotExist();
  }

  @Test
  void aDirectoryHoldingAnythingElseIsLeftAlone() throws Exception {
    Path store = Files.createDirectories(dir.resolve("demo-data"));
    Files.writeString(store.resolve("rasd.db"), "old");
    Files.writeString(store.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> DemoCommand.clearStore(store)).hasMessageContaining("notes.txt").hasMessageContaining("--data");
    assertThat(store.resolve("notes.txt")).exists();
    assertThat(store.resolve("rasd.db")).exists();
  }
}
