package dev.rasd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.model.Article;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random Arabic articles for tests that need volume (crash safety, idempotency), not
 * meaning: sentences recombined from a small vocabulary written for this purpose.
 */
public final class SyntheticArticles {
  private static final String[] SUBJECTS = {"الحكومة", "وزارة المالية", "البرلمان", "النقابة", "البنك المركزي",
      "الهيئة العامة للموانئ", "المجلس البلدي", "شركة الكهرباء"};
  private static final String[] VERBS = {"أعلنت", "قررت", "ناقشت", "رفضت", "أقرت", "درست"};
  private static final String[] OBJECTS = {"خطة جديدة لدعم المزارعين", "زيادة أسعار الوقود", "مشروع قانون الضرائب",
      "إجراءات لتقليص العجز", "توسعة ميناء الحاويات", "برنامجا لتشغيل الشباب", "موازنة العام المقبل"};
  private static final String[] PLACES = {"عمّان", "تونس", "الرباط", "بيروت", "القاهرة", "الدوحة", "مسقط"};

  private SyntheticArticles() {
  }

  public static List<Article> generate(int count, long seed) {
    Random random = new Random(seed);
    OffsetDateTime start = OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2));
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String title = pick(random, SUBJECTS) + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " في "
          + pick(random, PLACES) + " (" + i + ")";
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        body.append(pick(random, PLACES)).append(" - ").append(pick(random, VERBS)).append(' ')
            .append(pick(random, SUBJECTS)).append(' ').append(pick(random, OBJECTS)).append(" بعد اجتماع استمر ")
            .append(2 + random.nextInt(9)).append(" ساعات، في خطوة رقم ").append(i).append(".\n\n");
      }
      out.add(new Article("syn-" + i, "صحيفة الاختبار", "https://example.test/" + i, start.plusMinutes(7L * i),
          title, body.toString().strip()));
    }
    return out;
  }

  /** Writes the articles as JSONL, the format {@code rasd ingest} reads. */
  public static void writeJsonl(List<Article> articles, Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", a.id());
        n.put("outlet", a.outlet());
        n.put("url", a.url());
        n.put("published", a.published().toString());
        n.put("title", a.title());
        n.put("body", a.body());
        w.write(mapper.writeValueAsString(n));
        w.write('\n');
      }
    }
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }
}
