package dev.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalClustersCommandTest {
  private static String stderrOf(String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(new CommandLine(new EvalClustersCommand()).execute(args)).isNotZero();
    } finally {
      System.setErr(saved);
    }
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void missingGoldFileIsOneClearLine(@TempDir Path dir) {
    String err = stderrOf("--gold", dir.resolve("none.jsonl").toString());
    assertThat(err.lines()).hasSize(1);
    assertThat(err).contains("none.jsonl").contains("no such file");
  }

  @Test
  void malformedLineNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\": \"A-1\", \"event\": \"E\", \"title\": \"عنوان\"}\n{\"id\": \"A-2\"}\n");
    String err = stderrOf("--gold", bad.toString());
    assertThat(err.lines()).hasSize(1);
    assertThat(err).contains("bad.jsonl:2");
  }

  @Test
  void helpHasAnExample() {
    assertThat(new CommandLine(new EvalClustersCommand()).getUsageMessage()).contains("Example").contains("--gold");
  }
}
