package dev.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.AnalyzedArticle;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest is atomic per batch: a real {@code rasd ingest} child process is killed with SIGKILL
 * after it has reported some batches committed; reopening the store must find at least every
 * reported article, only whole batches, consistent stories, and an index that catches up.
 */
class CrashSafetyTest {
  private static final Pattern COMMITTED = Pattern.compile("ingest: (\\d+)/(\\d+) committed");

  @TempDir
  Path dir;

  @Test
  void killDashNineMidIngestLosesNothingReportedAndLeavesAConsistentStore() throws Exception {
    Path input = dir.resolve("stream.jsonl");
    SyntheticArticles.writeJsonl(SyntheticArticles.generate(6000, 9), input);
    Path data = dir.resolve("data");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.rasd.cli.Main",
        "ingest", "--data", data.toString(), input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    int reported = 0;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        Matcher m = COMMITTED.matcher(line);
        if (m.find()) {
          reported = Integer.parseInt(m.group(1));
          if (reported >= 1000) {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(reported).as("the child reported committed batches before it was killed").isGreaterThanOrEqualTo(1000);
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();

    try (Rasd rasd = Rasd.open(data)) {
      long stored = rasd.articleCount();
      assertThat(stored).isGreaterThanOrEqualTo(reported).isLessThan(6000);
      assertThat(stored % 200).as("only whole batches").isZero();
      List<AnalyzedArticle> storedArticles = new ArrayList<>();
      for (int i = 0; i < stored; i++) {
        rasd.article("syn-" + i).ifPresent(storedArticles::add);
      }
      assertThat(storedArticles).hasSize((int) stored);
      assertThat(storedArticles).allSatisfy(a -> assertThat(rasd.story(a.storyId())).isPresent());
      try (DirectoryReader reader = rasd.index().openReader()) {
        assertThat(reader.numDocs()).isEqualTo(stored);
      }
    }
  }
}
