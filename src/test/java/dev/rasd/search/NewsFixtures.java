package dev.rasd.search;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.model.Quote;
import dev.rasd.model.Story;
import dev.rasd.model.TimeMention;
import dev.rasd.store.Store;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small newsroom written for the search, API and browser tests, with every layer filled by
 * hand (the layers' own stages are tested elsewhere), saved straight into a store. The people,
 * outlets and quotes are invented; the places are real so the map has somewhere to draw them.
 * Phenomena exercised:
 * <ul>
 *   <li>one story reported by three outlets over two days, one of them with a Latin name
 *       ("Rasd Wire") and Latin acronyms in Arabic text (AFP, UNICEF): bidirectional isolation;</li>
 *   <li>a speaker named in full ("سامر الخطيب") and by family name alone ("الخطيب"): one entity, two variants;</li>
 *   <li>clitics and the article: "مفاوضات" in one report, "المفاوضات" in another (the stemmer must join them);</li>
 *   <li>a phrase ("إطلاق النار") whose words also occur apart, and in reverse order nowhere;</li>
 *   <li>two stories in one storyline (talks, then aid convoys), and an unrelated story in another country;</li>
 *   <li>direct and indirect quotes, quotes without a resolved speaker entity.</li>
 * </ul>
 */
public final class NewsFixtures {
  public static final String TALKS = "S-talks";
  public static final String AID = "S-aid";
  public static final String OLIVES = "S-olives";
  public static final String STORYLINE = "L-gaza";
  public static final String KHATIB = "E-khatib";
  public static final String MANSOUR = "E-mansour";
  public static final String CAIRO = "E-cairo";
  public static final String GAZA = "E-gaza";
  public static final String DOHA = "E-doha";
  public static final String RAFAH = "E-rafah";
  public static final String TUNIS = "E-tunis";
  public static final String UNICEF = "E-unicef";
  public static final String BEN_ALI = "E-benali";
  public static final String SANAD = "وكالة سند";
  public static final String NAHAR = "صحيفة النهار الجديد";
  public static final String WIRE = "Rasd Wire";

  private NewsFixtures() {
  }

  /** Writes the fixtures into a store in {@code dataDir}; {@code Rasd.open} then indexes them. */
  public static void write(Path dataDir) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    articles.add(new Draft("talks-1", SANAD, "2025-05-10T09:00:00+03:00", TALKS,
        "انطلاق مفاوضات وقف إطلاق النار في القاهرة",
        "القاهرة - انطلقت صباح اليوم في القاهرة جولة جديدة من مفاوضات وقف إطلاق النار في غزة بمشاركة وفد قطري.\n\n"
            + "وقال المتحدث باسم الوفد سامر الخطيب إن \"الأجواء إيجابية والنقاش جاد\"، فيما أفادت وكالة AFP بأن الجولة ستستمر يومين.")
        .place("القاهرة", CAIRO, 30.0444, 31.2357).place("غزة", GAZA, 31.5017, 34.4668)
        .person("سامر الخطيب", KHATIB, "سامر الخطيب")
        .quote("الأجواء إيجابية والنقاش جاد", "سامر الخطيب", KHATIB, "قال", true)
        .time("صباح اليوم", "2025-05-10").build());
    articles.add(new Draft("talks-2", NAHAR, "2025-05-10T14:30:00+03:00", TALKS,
        "الوسطاء يقدمون مقترحا جديدا لوقف إطلاق النار",
        "قدم الوسطاء في القاهرة مقترحا جديدا للتهدئة في غزة يتضمن تبادلا للأسرى.\n\n"
            + "وأكد الخطيب أن وفده سيرد على المقترح خلال ساعات، فيما قالت المتحدثة ليلى منصور إن \"الدوحة تدعم أي اتفاق يوقف الحرب\".")
        .place("القاهرة", CAIRO, 30.0444, 31.2357).place("غزة", GAZA, 31.5017, 34.4668)
        .person("الخطيب", KHATIB, "سامر الخطيب").person("ليلى منصور", MANSOUR, "ليلى منصور")
        .place("الدوحة", DOHA, 25.2854, 51.5310)
        .quote("وفده سيرد على المقترح خلال ساعات", "سامر الخطيب", KHATIB, "أكد", false)
        .quote("الدوحة تدعم أي اتفاق يوقف الحرب", "ليلى منصور", MANSOUR, "قالت", true).build());
    articles.add(new Draft("talks-3", WIRE, "2025-05-11T08:15:00Z", TALKS,
        "ختام جولة القاهرة دون اتفاق نهائي",
        "اختتمت في القاهرة أمس جولة المفاوضات دون التوصل إلى اتفاق نهائي.\n\n"
            + "وقال سامر الخطيب للصحفيين إن \"الباب ما زال مفتوحا\"، ونقلت وكالة AFP أن جولة أخرى قد تعقد الأسبوع المقبل.")
        .place("القاهرة", CAIRO, 30.0444, 31.2357).person("سامر الخطيب", KHATIB, "سامر الخطيب")
        .quote("الباب ما زال مفتوحا", "سامر الخطيب", KHATIB, "قال", true).build());
    articles.add(new Draft("aid-1", SANAD, "2025-05-12T07:40:00+03:00", AID,
        "دخول قوافل مساعدات إلى غزة عبر معبر رفح",
        "عبرت صباح اليوم قوافل مساعدات إنسانية معبر رفح باتجاه غزة.\n\n"
            + "وقالت منظمة UNICEF إن الاحتياجات ما زالت هائلة وإن الشاحنات لا تكفي.")
        .place("رفح", RAFAH, 31.2870, 34.2594).place("غزة", GAZA, 31.5017, 34.4668).org("UNICEF", UNICEF)
        .quote("الاحتياجات ما زالت هائلة", "UNICEF", UNICEF, "قالت", false).build());
    articles.add(new Draft("olives-1", NAHAR, "2025-04-02T10:00:00+01:00", OLIVES,
        "تونس تتوقع موسما قياسيا لزيت الزيتون",
        "توقعت وزارة الفلاحة في تونس موسما قياسيا لإنتاج زيت الزيتون هذا العام بفضل الأمطار الغزيرة.\n\n"
            + "وقال المدير العام هشام بن علي إن \"الصادرات قد تتجاوز مستويات العام الماضي\".")
        .place("تونس", TUNIS, 36.8065, 10.1815).person("هشام بن علي", BEN_ALI, "هشام بن علي")
        .quote("الصادرات قد تتجاوز مستويات العام الماضي", "هشام بن علي", BEN_ALI, "قال", true).build());
    List<Story> stories = List.of(
        new Story(TALKS, List.of("talks-1", "talks-2", "talks-3"), "مفاوضات القاهرة لوقف إطلاق النار في غزة",
            "انطلقت في القاهرة جولة مفاوضات لوقف إطلاق النار في غزة، وقدم الوسطاء مقترحا جديدا، ثم اختتمت الجولة دون اتفاق نهائي.",
            STORYLINE),
        new Story(AID, List.of("aid-1"), "قوافل المساعدات تعبر معبر رفح إلى غزة",
            "عبرت قوافل مساعدات إنسانية معبر رفح، وحذرت UNICEF من أن الاحتياجات ما زالت هائلة.", STORYLINE),
        new Story(OLIVES, List.of("olives-1"), "موسم قياسي لزيت الزيتون في تونس", null, null));
    List<Entity> entities = List.of(
        new Entity(KHATIB, "سامر الخطيب", EntityType.PER, List.of("سامر الخطيب", "الخطيب")),
        new Entity(MANSOUR, "ليلى منصور", EntityType.PER, List.of("ليلى منصور")),
        new Entity(BEN_ALI, "هشام بن علي", EntityType.PER, List.of("هشام بن علي")),
        new Entity(UNICEF, "UNICEF", EntityType.ORG, List.of("UNICEF", "اليونيسف")),
        new Entity(CAIRO, "القاهرة", EntityType.LOC, List.of("القاهرة")),
        new Entity(GAZA, "غزة", EntityType.LOC, List.of("غزة")),
        new Entity(DOHA, "الدوحة", EntityType.LOC, List.of("الدوحة")),
        new Entity(RAFAH, "رفح", EntityType.LOC, List.of("رفح")),
        new Entity(TUNIS, "تونس", EntityType.LOC, List.of("تونس")));
    try (Store store = Store.open(dataDir)) {
      store.saveBatch(articles, stories, entities);
    }
  }

  /** An article being written: the text, then its layers located by searching the text. */
  private static final class Draft {
    private final Article article;
    private final String storyId;
    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();

    Draft(String id, String outlet, String published, String storyId, String title, String body) {
      this.article = new Article(id, outlet, "https://news.example/" + id, OffsetDateTime.parse(published), title, body);
      this.storyId = storyId;
    }

    private int at(String words) {
      int start = article.body().indexOf(words);
      if (start < 0) {
        throw new IllegalArgumentException("fixture " + article.id() + " has no '" + words + "'");
      }
      return start;
    }

    Draft place(String name, String id, double lat, double lon) {
      int start = at(name);
      mentions.add(new EntityMention(name, EntityType.LOC, start, start + name.length(), id, name, lat, lon));
      return this;
    }

    Draft person(String name, String id, String canonical) {
      int start = at(name);
      mentions.add(new EntityMention(name, EntityType.PER, start, start + name.length(), id, canonical, null, null));
      return this;
    }

    Draft org(String name, String id) {
      int start = at(name);
      mentions.add(new EntityMention(name, EntityType.ORG, start, start + name.length(), id, name, null, null));
      return this;
    }

    Draft quote(String words, String speaker, String entityId, String verb, boolean direct) {
      int start = at(words);
      quotes.add(new Quote(words, speaker, entityId, verb, direct, start, start + words.length(), null));
      return this;
    }

    Draft time(String words, String value) {
      int start = at(words);
      times.add(new TimeMention(words, value, start, start + words.length(), null));
      return this;
    }

    AnalyzedArticle build() {
      return new AnalyzedArticle(article, article.title(), article.body(), List.of(), "hash-" + article.id(), null, storyId,
          mentions, quotes, times);
    }
  }
}
