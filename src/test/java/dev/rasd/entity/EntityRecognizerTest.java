package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  // Fixture (written for Rasd): a person with a title, his surname alone later, the same surname
  // with the conjunction و attached, an outlet cited with its head noun and a wire agency, a city,
  // a country with the preposition ل and a city with ب attached.
  private static final String STATEMENT = "وقال المتحدث باسم الجيش الوطني الليبي اللواء أحمد المسماري في مقابلة مع "
      + "وكالة سبوتنيك إن قواته انتشرت قرب بنغازي. ونقلت رويترز عن مصدر أن المسماري التقى بوتين "
      + "وأرسل رسالة لروسيا بموسكو. وأضاف المسماري أن وبوتين وعد بالدعم.";

  private static List<EntityMention> mentions(String text) {
    return RECOGNIZER.recognize(text, "");
  }

  private static EntityMention find(List<EntityMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + ms));
  }

  @Test
  void titleMentionsAfterTheStageEqualThoseOfAFreshRecognition() {
    // The title's وبوتين is only split as و + بوتين because the body has the bare بوتين: the
    // words the stage kept from the body must decide the title's clitics as recognising anew does.
    EntityRecognizer stage = new EntityRecognizer();
    AnalyzedArticle article = AnalyzedArticle.cleaned(
        new Article("T-1", null, null, null, "المسماري يلتقي وبوتين", STATEMENT), "المسماري يلتقي وبوتين", STATEMENT, List.of(), "h");
    AnalyzedArticle tagged = stage.apply(article);
    List<EntityMention> fresh = new EntityRecognizer().recognize(article.title(), article.text());
    assertThat(stage.titleMentions(tagged)).isEqualTo(fresh).anySatisfy(m -> assertThat(m.text()).isEqualTo("بوتين"));
    AnalyzedArticle other = AnalyzedArticle.cleaned(
        new Article("T-2", null, null, null, "وبوتين في موسكو", "زار الرئيس موسكو."), "وبوتين في موسكو", "زار الرئيس موسكو.", List.of(), "h2");
    assertThat(stage.titleMentions(other)).isEqualTo(new EntityRecognizer().recognize(other.title(), other.text()));
  }

  @Test
  void spansExcludeAttachedClitics() {
    List<EntityMention> ms = mentions(STATEMENT);
    EntityMention russia = find(ms, "روسيا");
    assertThat(STATEMENT.substring(russia.start() - 1, russia.end())).isEqualTo("لروسيا");
    EntityMention moscow = find(ms, "موسكو");
    assertThat(STATEMENT.substring(moscow.start() - 1, moscow.end())).isEqualTo("بموسكو");
    int conjoined = STATEMENT.indexOf("وبوتين");
    assertThat(ms).anySatisfy(m -> {
      assertThat(m.start()).isEqualTo(conjoined + 1);
      assertThat(m.text()).isEqualTo("بوتين");
      assertThat(m.type()).isEqualTo(EntityType.PER);
    });
    assertThat(ms).allSatisfy(m -> assertThat(STATEMENT.substring(m.start(), m.end())).isEqualTo(m.text()));
  }

  @Test
  void titledPersonAndLaterSurnameAreBothFound() {
    List<EntityMention> ms = mentions(STATEMENT);
    assertThat(find(ms, "أحمد المسماري").type()).isEqualTo(EntityType.PER);
    assertThat(ms.stream().filter(m -> m.text().equals("المسماري") && m.type() == EntityType.PER)).hasSize(2);
  }

  @Test
  void outletsAreMedia() {
    List<EntityMention> ms = mentions(STATEMENT);
    assertThat(find(ms, "وكالة سبوتنيك").type()).isEqualTo(EntityType.MEDIA);
    assertThat(find(ms, "رويترز").type()).isEqualTo(EntityType.MEDIA);
  }

  @Test
  void datelineCreditIsMedia() {
    // Fixture: a wire dateline "CITY (AGENCY) -" as Arab agencies print it.
    List<EntityMention> ms = mentions("طرابلس (الضاد) - أعلنت الحكومة اليوم عن خطة جديدة للكهرباء.");
    assertThat(find(ms, "الضاد").type()).isEqualTo(EntityType.MEDIA);
    assertThat(find(ms, "طرابلس").type()).isEqualTo(EntityType.LOC);
  }

  @Test
  void nisbaAdjectivesAreNotPlaces() {
    // Fixture: nisba adjectives of Libya and Russia beside a real mention of Libya.
    String text = "رحب المسؤول الليبي بالمبادرة الروسية، وقال إن ليبيا تنتظر خطوات عملية من الشركات المصرية.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms).extracting(EntityMention::text).doesNotContain("الليبي", "الروسية", "بالمبادرة الروسية", "المصرية");
    assertThat(find(ms, "ليبيا").type()).isEqualTo(EntityType.LOC);
  }

  @Test
  void gazetteerPlacesCarryCoordinates() {
    List<EntityMention> ms = mentions(STATEMENT);
    EntityMention benghazi = find(ms, "بنغازي");
    assertThat(benghazi.lat()).isCloseTo(32.1, within(0.2));
    assertThat(benghazi.lon()).isCloseTo(20.1, within(0.2));
    assertThat(find(ms, "موسكو").lat()).isCloseTo(55.8, within(0.2));
  }

  @Test
  void gazetteerLooksUpVariantSpellings() {
    PlaceGazetteer places = EntityLexicon.bundled().places();
    assertThat(places.find("الكفره")).isNotNull();
    assertThat(places.find("الكفرة").name()).isEqualTo(places.find("الكفره").name());
    assertThat(places.find("القاهرة").lat()).isCloseTo(30.0, within(0.2));
    assertThat(places.find("مدينة لا وجود لها")).isNull();
  }

  // Fixture (written for Rasd): an organisation head with a definite genitive and a لل- complement
  // followed by its Latin acronym, and a given name that starts with ك, which is not the
  // preposition here.
  private static final String BODIES = "وأعلنت هيئة الرقابة الإدارية للمنافذ (ACAB) أن كريم الساعدي تسلم الملف.";

  @Test
  void organisationPhrasesAndAcronymsAreFound() {
    List<EntityMention> ms = mentions(BODIES);
    assertThat(find(ms, "هيئة الرقابة الإدارية للمنافذ").type()).isEqualTo(EntityType.ORG);
    assertThat(find(ms, "ACAB").type()).isEqualTo(EntityType.ORG);
  }

  @Test
  void givenNameKeepsItsFirstLetter() {
    List<EntityMention> ms = mentions(BODIES);
    assertThat(ms).noneSatisfy(m -> assertThat(m.text()).isEqualTo("ريم الساعدي"));
  }

  @Test
  void aSurnameRepeatedAfterLamWithElidedAlefIsFound() {
    // Fixture (written for Rasd): a full name, then the surname after و + ل, where ل + ال drops the alef.
    String text = "قال المدرب زياد الحمروني إن الفريق جاهز. وللحمروني تجربة سابقة مع النادي.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms).filteredOn(m -> m.start() > text.indexOf("وللحمروني") - 1)
        .extracting(EntityMention::text, EntityMention::type)
        .contains(org.assertj.core.groups.Tuple.tuple("لحمروني", EntityType.PER));
  }

  @Test
  void aStateTitleWithAPrepositionAndAKnownPlaceIsOnePlace() {
    // Fixture (written for Rasd): the gazetteer phrase "سلطنة عمان" and the title "إمارة" before a
    // city only the gazetteer knows alone, both with the preposition ب glued to the title.
    String text = "عاد الوفد التجاري من جولة بسلطنة عمان شملت ثلاث ولايات، ثم توجه إلى معرض يقام بإمارة دبي الأسبوع المقبل.";
    List<EntityMention> ms = mentions(text);
    EntityMention oman = find(ms, "سلطنة عمان");
    assertThat(oman.type()).isEqualTo(EntityType.LOC);
    assertThat(text.substring(oman.start() - 1, oman.end())).isEqualTo("بسلطنة عمان");
    assertThat(oman.lat()).isCloseTo(21.0, within(0.5));
    assertThat(oman.lon()).isCloseTo(57.0, within(0.5));
    EntityMention dubai = find(ms, "إمارة دبي");
    assertThat(dubai.type()).isEqualTo(EntityType.LOC);
    assertThat(dubai.lat()).isCloseTo(25.2, within(0.5));
    assertThat(ms).extracting(EntityMention::text).doesNotContain("سلطنة", "بسلطنة", "عمان", "بإمارة", "دبي");
  }

  @Test
  void aGenitiveJoinedByWawContinuesAnOrganisationsName() {
    // Fixture (written for Rasd): two construct-state bodies whose second genitive is joined by و
    // ("… الطوارئ والإنقاذ", "… الصحة والسكان"); the conjoined word is no person of its own.
    String text = "وأوضح مصدر في هيئة الطوارئ والإنقاذ أن الفرق أخلت عشرين أسرة. وأعلنت وزارة الصحة والسكان فتح مستشفى ميداني قرب الوادي.";
    List<EntityMention> ms = mentions(text);
    assertThat(find(ms, "هيئة الطوارئ والإنقاذ").type()).isEqualTo(EntityType.ORG);
    assertThat(find(ms, "وزارة الصحة والسكان").type()).isEqualTo(EntityType.ORG);
    assertThat(ms).noneSatisfy(m -> assertThat(m.type() == EntityType.PER && m.text().contains("الإنقاذ")).isTrue());
  }

  @Test
  void aLoneDefiniteCommonNounIsNoPerson() {
    EntityRecognizer r = new EntityRecognizer();
    // Definite common nouns, bare or with و: a PER of one such word is a tagging slip.
    assertThat(r.isCommonDefiniteNoun("والاسعاف", Set.of())).isTrue();
    assertThat(r.isCommonDefiniteNoun("الاطفاء", Set.of())).isTrue();
    // A nisba-shaped family name, a surname the article gives in full, and an indefinite word stay possible persons.
    assertThat(r.isCommonDefiniteNoun("الريامي", Set.of())).isFalse();
    assertThat(r.isCommonDefiniteNoun("والمصباح", Set.of("المصباح"))).isFalse();
    assertThat(r.isCommonDefiniteNoun("حسن", Set.of())).isFalse();
  }
}
