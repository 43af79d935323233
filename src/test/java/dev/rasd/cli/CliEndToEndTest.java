package dev.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the CLI as a separate process, as a user would, on the team's fixture articles. */
class CliEndToEndTest {
  /** The documented span keys, in order; the optional ones may follow. */
  private static final Map<String, List<String>> SPAN_KEYS = Map.of(
      "entities", List.of("text", "type", "canonical", "entity", "start", "end"),
      "quotes", List.of("text", "speaker", "entity", "verb", "direct", "start", "end"),
      "times", List.of("text", "value", "start", "end"));
  private static final Map<String, List<String>> OPTIONAL_KEYS = Map.of(
      "entities", List.of("lat", "lon"), "quotes", List.of("given_to"), "times", List.of("warning"));

  @TempDir
  Path dir;

  record Run(int exit, String out, String err) {
  }

  private Run rasd(String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.rasd.cli.Main"));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private Path fixture() throws IOException {
    Path file = dir.resolve("articles.jsonl");
    try (var in = getClass().getResourceAsStream("/cli/articles.jsonl")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void analyzePrintsTheDocumentedJsonContract() throws Exception {
    Run run = rasd("analyze", "--json", fixture().toString());
    assertThat(run.exit()).isZero();
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertThat(doc.fieldNames()).toIterable().containsExactly("articles", "stories", "entities");
    assertThat(doc.get("articles")).extracting(a -> a.get("id").asText()).containsExactly("c-1", "c-2", "c-3");
    Map<String, Integer> spans = new HashMap<>();
    for (JsonNode a : doc.get("articles")) {
      assertThat(a.fieldNames()).toIterable().containsExactly("id", "title", "text", "outlet", "published", "url",
          "removed_boilerplate", "duplicate_of", "story", "entities", "quotes", "times");
      String text = a.get("text").asText();
      for (Map.Entry<String, List<String>> layer : SPAN_KEYS.entrySet()) {
        for (JsonNode span : a.get(layer.getKey())) {
          spans.merge(layer.getKey(), 1, Integer::sum);
          List<String> keys = new ArrayList<>();
          span.fieldNames().forEachRemaining(keys::add);
          assertThat(keys.subList(0, layer.getValue().size())).as(layer.getKey()).isEqualTo(layer.getValue());
          assertThat(keys.subList(layer.getValue().size(), keys.size())).as(layer.getKey() + " optional keys")
              .isSubsetOf(OPTIONAL_KEYS.get(layer.getKey()));
          // Every span is an offset range into the article's clean text.
          assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).contains(span.get("text").asText());
        }
      }
      assertThat(doc.get("stories")).anySatisfy(s -> assertThat(s.get("articles")).extracting(JsonNode::asText)
          .contains(a.get("id").asText()));
    }
    assertThat(spans).as("the fixture exercises every layer").containsOnlyKeys(SPAN_KEYS.keySet());
    assertThat(doc.get("stories")).allSatisfy(st -> assertThat(st.fieldNames()).toIterable()
        .containsExactly("id", "articles", "headline", "summary", "storyline"));
    assertThat(doc.get("entities")).isNotEmpty().allSatisfy(e -> assertThat(e.fieldNames()).toIterable()
        .containsExactly("id", "canonical", "type", "variants"));
  }

  @Test
  void badLinesAreReportedWithFileAndLineWhileTheRestIsIngested() throws Exception {
    Path file = fixture();
    Run run = rasd("ingest", "--data", dir.resolve("data").toString(), file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains(file + ":4").contains(file + ":5").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).contains("ingested 3 new articles");

    Run again = rasd("ingest", "--data", dir.resolve("data").toString(), file.toString());
    assertThat(again.out()).contains("ingested 0 new articles, 3 already stored");
    assertThat(again.exit()).as("an idempotent re-run is a success").isZero();
  }

  @Test
  void nothingIngestableIsANonZeroExitWithOneClearLine() throws Exception {
    Path missing = dir.resolve("no-such-file.jsonl");
    Run run = rasd("ingest", "--data", dir.resolve("data").toString(), missing.toString());
    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("no-such-file.jsonl").doesNotContain("\tat ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ingest", "analyze", "demo", "stories", "story", "entity", "quotes"})
  void everyCommandsHelpHasExamples(String command) {
    java.io.StringWriter out = new java.io.StringWriter();
    int exit = Main.run(new String[] {command, "--help"}, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
    assertThat(exit).isZero();
    assertThat(out.toString()).contains("Examples:").contains("rasd " + command);
  }
}
