package dev.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rasd.SyntheticArticles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  @TempDir
  Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new BenchCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void benchesAJsonlInputAndWritesTheTableAndTheJson() throws Exception {
    Path input = dir.resolve("stream.jsonl");
    SyntheticArticles.writeJsonl(SyntheticArticles.generate(120, 3), input);
    Path json = dir.resolve("result.json");
    Path data = dir.resolve("kept-store");

    int code = run("--input", input.toString(), "--articles", "100", "--batch", "25", "--warmup", "0",
        "--queries", "5", "--out", json.toString(), "--data", data.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("read from " + input, "Targets", "JSON written to " + json);
    assertThat(err.toString()).contains("bench: 100/100 articles ingested");
    JsonNode result = new ObjectMapper().readTree(json.toFile());
    assertThat(result.at("/corpus/articles").asInt()).isEqualTo(100);
    assertThat(result.at("/search/queries").asInt()).isEqualTo(5);
    try (var kept = Files.list(data)) {
      assertThat(kept).as("--data keeps the measured store").isNotEmpty();
    }
  }

  @Test
  void aMissingInputIsOneClearLine() {
    int code = run("--input", dir.resolve("absent.jsonl").toString(), "--out", dir.resolve("r.json").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("rasd: bench: cannot read --input").doesNotContain("\n", "Exception");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void helpShowsAnExample() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Examples:", "rasd bench --articles 20000");
  }
}
