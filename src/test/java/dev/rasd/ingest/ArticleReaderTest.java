package dev.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rasd.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleReaderTest {
  /** Fixture: a headline of an invented local story. */
  private static final String TITLE = "افتتاح جسر جديد على النيل في أسوان";
  /** Fixture: two reporting paragraphs (no guillemets, so ISO-8859-6 can hold them). */
  private static final String PARAGRAPH_1 = "افتتح محافظ أسوان صباح اليوم جسرًا جديدًا يربط ضفتي النيل، بعد أعمال استمرت أربع سنوات.";
  private static final String PARAGRAPH_2 = "وقال المحافظ إن الجسر سيختصر زمن الرحلة بين الضفتين إلى عشر دقائق.";
  private static final String BODY = PARAGRAPH_1 + "\n\n" + PARAGRAPH_2;

  @TempDir
  Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();

  private void read(String... paths) {
    new ArticleReader().read(List.of(paths), articles::add, problems::add, InputStream.nullInputStream());
  }

  private void readStdin(InputStream stdin) {
    new ArticleReader().read(List.of("-"), articles::add, problems::add, stdin);
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, text.getBytes(charset));
    return file;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text, StandardCharsets.UTF_8);
  }

  @Test
  void readsATextFileAsTitleAndParagraphs() throws IOException {
    // Fixture: a plain article, title on the first line, paragraphs split by several blank lines and trailing spaces.
    Path file = write("report-1.txt", "\n" + TITLE + "\n\n" + PARAGRAPH_1 + "  \n\n\n" + PARAGRAPH_2 + "\n");

    read(file.toString());

    assertThat(problems).isEmpty();
    assertThat(articles).containsExactly(new Article("report-1.txt", null, null, null, TITLE, BODY));
  }

  @ParameterizedTest
  @MethodSource("labelLines")
  void skipsBreadcrumbsAndSectionLabelsBeforeTheTitle(String labels) throws IOException {
    Path file = write("labelled.txt", labels + "\n" + TITLE + "\n\n" + BODY);

    read(file.toString());

    assertThat(articles).extracting(Article::title, Article::body).containsExactly(tuple(TITLE, BODY));
  }

  static List<String> labelLines() {
    return List.of(
        "الرئيسية » أخبار » مصر",             // breadcrumb with »
        "أخبار عربية",                         // bare section label
        "سياسة | محليات",                      // labels with a pipe
        "الرئيسية > محافظات\n\nأخبار مصر");    // two label lines, one of them a breadcrumb with >
  }

  @ParameterizedTest
  @MethodSource("dev.rasd.ingest.EncodingDetectorTest#arabicCharsets")
  void decodesTextFilesInEveryArabicEncoding(Charset charset) throws IOException {
    Path file = write("legacy.txt", TITLE + "\n\n" + BODY, charset);

    read(file.toString());

    assertThat(articles).extracting(Article::title, Article::body).containsExactly(tuple(TITLE, BODY));
  }

  @Test
  void decodesAUtf8FileWithByteOrderMark() throws IOException {
    Path file = write("bom.txt", "\uFEFF" + TITLE + "\n\n" + BODY);

    read(file.toString());

    assertThat(articles).extracting(Article::title).containsExactly(TITLE);
  }

  @Test
  void readsHtmlTrustingTheBytesOverAWrongMetaCharset() throws IOException {
    // Fixture: a page that declares UTF-8 but was saved in windows-1256.
    String html = "<html><head><meta charset=\"utf-8\"><title>" + TITLE + "</title></head><body><p>"
        + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p></body></html>";
    Path file = write("page.html", html, EncodingDetector.WINDOWS_1256);

    read(file.toString());

    assertThat(problems).isEmpty();
    assertThat(articles).singleElement().satisfies(article -> {
      assertThat(article.id()).isEqualTo("page.html");
      assertThat(article.title()).contains(TITLE);
      assertThat(article.body()).contains(PARAGRAPH_1).contains(PARAGRAPH_2);
    });
  }

  @Test
  void reportsOneProblemPerBadJsonLineAndKeepsTheRest() throws IOException {
    // Fixture: JSON Lines with every kind of bad line between good ones.
    String good = "{\"id\":\"a1\",\"outlet\":\"صحيفة النهار\",\"url\":\"https://example.test/a1\","
        + "\"published\":\"2025-03-02T10:15:00+03:00\",\"title\":\"" + TITLE + "\",\"body\":\"" + PARAGRAPH_1
        + "\",\"tags\":[\"ignored\"]}";
    List<String> lines = List.of(
        good,                                                                        // 1 good, unknown field
        "{\"id\":\"a2\",\"title\":\"" + TITLE + "\"",                                 // 2 invalid JSON
        "",                                                                          // 3 blank: skipped silently
        "{\"id\":\"a3\",\"published\":\"2025-03-04\",\"title\":\"" + TITLE + "\",\"text\":\"" + PARAGRAPH_2 + "\"}", // 4 date only, text field
        "{\"id\":\"a4\",\"published\":\"yesterday\",\"title\":\"" + TITLE + "\"}",    // 5 bad date: problem, article kept
        "{\"title\":\"" + TITLE + "\",\"body\":\"" + PARAGRAPH_2 + "\"}",              // 6 no id: derived
        "{\"id\":\"a5\",\"title\":\"Bridge opens in Aswan\",\"body\":\"The governor opened a bridge today.\"}", // 7 English
        "{\"id\":\"a6\",\"title\":\"  \",\"body\":\"\"}",                             // 8 empty
        good,                                                                        // 9 duplicate id
        "[1, 2]",                                                                    // 10 not an object
        "{\"id\":\"a7\",\"title\":\"" + TITLE + "\"} trailing");                     // 11 text after the object
    Path file = write("feed.jsonl", String.join("\r\n", lines));

    read(file.toString());

    String where = file.toString();
    assertThat(articles).extracting(Article::id).containsExactly("a1", "a3", "a4", "feed.jsonl:6");
    assertThat(articles.getFirst()).isEqualTo(new Article("a1", "صحيفة النهار", "https://example.test/a1",
        OffsetDateTime.parse("2025-03-02T10:15:00+03:00"), TITLE, PARAGRAPH_1));
    assertThat(articles.get(1).published()).isEqualTo(OffsetDateTime.parse("2025-03-04T00:00:00Z"));
    assertThat(articles.get(1).body()).isEqualTo(PARAGRAPH_2);
    assertThat(articles.get(2).published()).isNull();
    assertThat(problems).extracting(IngestProblem::where)
        .containsExactly(where + ":2", where + ":5", where + ":7", where + ":8", where + ":9", where + ":10",
            where + ":11");
    assertThat(problems).extracting(IngestProblem::problem).satisfiesExactly(
        p -> assertThat(p).startsWith("invalid JSON"),
        p -> assertThat(p).contains("yesterday").contains("kept"),
        p -> assertThat(p).startsWith("not Arabic"),
        p -> assertThat(p).startsWith("empty article"),
        p -> assertThat(p).startsWith("duplicate id \"a1\""),
        p -> assertThat(p).contains("expected a JSON object"),
        p -> assertThat(p).startsWith("invalid JSON"));
  }

  @Test
  void readsJsonLinesInLegacyEncodingsLineByLine() throws IOException {
    // Fixture: a JSONL file saved in ISO-8859-6.
    Path file = write("legacy.jsonl", "{\"id\":\"x\",\"title\":\"" + TITLE + "\",\"body\":\"" + PARAGRAPH_1 + "\"}\n",
        EncodingDetector.ISO_8859_6);

    read(file.toString());

    assertThat(articles).extracting(Article::title, Article::body).containsExactly(tuple(TITLE, PARAGRAPH_1));
  }

  @Test
  void readsAJsonDocumentOfOneObjectOrAnArray() throws IOException {
    // Fixture: one object with a time without offset (read as UTC); an array with a non-object element.
    Path one = write("one.json", "{\"id\":\"o1\",\"published\":\"2025-03-02T08:00:00\",\"title\":\"" + TITLE + "\"}");
    Path many = write("many.json", "[\n{\"id\":\"m1\",\"title\":\"" + TITLE + "\"},\n\"stray\",\n"
        + "{\"title\":\"" + TITLE + "\",\"body\":\"" + PARAGRAPH_2 + "\"}\n]");

    read(one.toString(), many.toString());

    assertThat(articles).extracting(Article::id).containsExactly("o1", "m1", "many.json:4");
    assertThat(articles.getFirst().published()).isEqualTo(OffsetDateTime.parse("2025-03-02T08:00:00Z"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo(many + ":3");
      assertThat(p.problem()).contains("expected a JSON object");
    });
  }

  @Test
  void reportsAJsonDocumentThatBreaksOffAndKeepsWhatCameBefore() throws IOException {
    Path broken = write("broken.json", "[{\"id\":\"b1\",\"title\":\"" + TITLE + "\"},\n{\"id\":");

    read(broken.toString());

    assertThat(articles).extracting(Article::id).containsExactly("b1");
    assertThat(problems).singleElement().satisfies(p -> assertThat(p.problem()).startsWith("invalid JSON"));
  }

  @Test
  void readsDirectoriesRecursivelyInNameOrder() throws IOException {
    // Fixture: a tree with nested folders, a hidden file and folder, and a file of another type.
    write("b.txt", TITLE + "\n\n" + BODY);
    write("a/z.txt", TITLE + "\n\n" + PARAGRAPH_1);
    write("a/c/feed.jsonl", "{\"id\":\"j1\",\"title\":\"" + TITLE + "\"}\n");
    write("a/notes.md", "ملاحظات");
    write(".hidden.txt", TITLE);
    write(".cache/x.txt", TITLE);

    read(dir.toString());

    assertThat(problems).isEmpty();
    assertThat(articles).extracting(Article::id).containsExactly("j1", "a/z.txt", "b.txt");
  }

  @Test
  void reportsNamedFilesThatCannotBeRead() throws IOException {
    Path unknown = write("notes.md", TITLE);
    String missing = dir.resolve("missing.txt").toString();

    read(unknown.toString(), missing);

    assertThat(articles).isEmpty();
    assertThat(problems).extracting(IngestProblem::where).containsExactly(unknown.toString(), missing);
    assertThat(problems.get(0).problem()).contains("unknown file type");
    assertThat(problems.get(1).problem()).contains("no such file");
  }

  @Test
  void readsStdinAsJsonLinesWhenItStartsWithABrace() {
    String jsonl = "\n  {\"title\":\"" + TITLE + "\",\"body\":\"" + PARAGRAPH_1 + "\"}\nnot json\n";

    readStdin(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));

    assertThat(articles).extracting(Article::id, Article::title).containsExactly(tuple("stdin:2", TITLE));
    assertThat(problems).extracting(IngestProblem::where).containsExactly("-:3");
  }

  @Test
  void readsStdinAsOneTextArticleOtherwise() {
    readStdin(new ByteArrayInputStream((TITLE + "\n\n" + BODY).getBytes(EncodingDetector.WINDOWS_1256)));

    assertThat(problems).isEmpty();
    assertThat(articles).containsExactly(new Article("stdin", null, null, null, TITLE, BODY));
  }

  @Test
  void handsEachJsonLineToTheSinkBeforeReadingTheNext() {
    // The second part of the stream records how many articles had arrived when it was first read:
    // a reader that loads the whole input first would see none.
    String line = "{\"id\":\"s1\",\"title\":\"" + TITLE + "\"}\n";
    int[] articlesWhenSecondLineWasRead = {-1};
    InputStream second = new InputStream() {
      private final InputStream rest = new ByteArrayInputStream(line.replace("s1", "s2").getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        if (articlesWhenSecondLineWasRead[0] < 0) {
          articlesWhenSecondLineWasRead[0] = articles.size();
        }
        return rest.read();
      }
    };

    readStdin(new SequenceInputStream(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), second));

    assertThat(articlesWhenSecondLineWasRead[0]).isEqualTo(1);
    assertThat(articles).extracting(Article::id).containsExactly("s1", "s2");
  }
}
