package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Article;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Resolution over hand-built mention layers (no tagger involved), so each case isolates one
 * variant phenomenon. Mentions are given as "TYPE:text" in text order.
 */
class NameVariantResolverTest {
  private NameVariantResolver resolver;
  private int seq;

  @BeforeEach
  void setUp() {
    resolver = new NameVariantResolver(EntityLexicon.bundled(), a -> List.of());
  }

  private List<EntityMention> run(String... mentions) {
    return run(resolver, mentions);
  }

  private List<EntityMention> run(NameVariantResolver r, String... mentions) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> layer = new ArrayList<>();
    for (String m : mentions) {
      String[] p = m.split(":", 2);
      int start = text.length();
      text.append(p[1]);
      // "LOC*:name" is a place the gazetteer located (coordinates made from the name)
      boolean located = p[0].endsWith("*");
      EntityMention em = new EntityMention(p[1], EntityType.valueOf(p[0].replace("*", "")), start, text.length());
      layer.add(located ? em.located(p[1].hashCode() % 90, p[1].length()) : em);
      text.append(" ، ");
    }
    Article article = new Article("T-" + ++seq, null, null, null, "", text.toString());
    AnalyzedArticle a = AnalyzedArticle.cleaned(article, "", text.toString(), List.of(), "h").withEntities(layer);
    return r.apply(a).entities();
  }

  private static String id(List<EntityMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().entityId();
  }

  @Test
  void titlesShortFormsAndMisspellingsMergeAcrossArticles() {
    // Article 1: a full name with a rank, the bare full name and the surname.
    List<EntityMention> a = run("PER:العميد أحمد المسماري", "LOC:بنغازي", "PER:أحمد المسماري", "PER:المسماري");
    assertThat(id(a, "العميد أحمد المسماري")).isEqualTo(id(a, "أحمد المسماري")).isEqualTo(id(a, "المسماري"));
    // Article 2: one outlet misspells the surname; same city as context.
    List<EntityMention> b = run("LOC:بنغازي", "PER:المسعري");
    assertThat(id(b, "المسعري")).isEqualTo(id(a, "المسماري"));
    assertThat(a.get(0).canonical()).isEqualTo("أحمد المسماري");
  }

  @Test
  void middleNamesAndShortFormsOfOnePerson() {
    // The field marshal's full name with his father's name, then the usual short forms.
    List<EntityMention> a = run("PER:المشير خليفة بالقاسم حفتر", "PER:حفتر");
    List<EntityMention> b = run("PER:خليفة حفتر", "LOC:ليبيا");
    assertThat(id(a, "حفتر")).isEqualTo(id(a, "المشير خليفة بالقاسم حفتر")).isEqualTo(id(b, "خليفة حفتر"));
  }

  @Test
  void transliterationVariantsAndSpacingMerge() {
    // غ/ج for the foreign g; "عبد الله" written with and without the space.
    List<EntityMention> a = run("PER:سيرغي لافروف", "PER:عبد الله الخطيب");
    List<EntityMention> b = run("PER:سيرجي لافروف", "PER:عبدالله الخطيب");
    assertThat(id(b, "سيرجي لافروف")).isEqualTo(id(a, "سيرغي لافروف"));
    assertThat(id(b, "عبدالله الخطيب")).isEqualTo(id(a, "عبد الله الخطيب"));
  }

  @Test
  void aCityIsNotTheStadiumNamedAfterIt() {
    // The stadium's name contains the located city; the city is a full name of its own.
    List<EntityMention> a = run("LOC:استاد القاهرة الدولي", "LOC*:القاهرة", "LOC:استاد القاهرة الدولي");
    assertThat(id(a, "القاهرة")).isNotEqualTo(id(a, "استاد القاهرة الدولي"));
  }

  @Test
  void aLocatedPlaceAfterTheClitic_LamIsNotAnElidedArticle() {
    // "لليبيا" is ل + "ليبيا", not "ل" + "الليبيا" with the alef of ال elided.
    String text = "وصل الوفد لليبيا أمس، ثم غادر ليبيا";
    int first = text.indexOf("ليبيا");
    int second = text.lastIndexOf("ليبيا");
    List<EntityMention> layer = List.of(
        new EntityMention("ليبيا", EntityType.LOC, first, first + 5).located(25, 17),
        new EntityMention("ليبيا", EntityType.LOC, second, second + 5).located(25, 17));
    Article article = new Article("T-" + ++seq, null, null, null, "", text);
    List<EntityMention> out = resolver.apply(AnalyzedArticle.cleaned(article, "", text, List.of(), "h").withEntities(layer)).entities();
    assertThat(out.get(0).entityId()).isEqualTo(out.get(1).entityId());
  }

  @Test
  void anAgencyAndItsDatelineNameAreOneOutlet() {
    // A dateline cites the agency by its core name; another article gives the whole name.
    List<EntityMention> a = run("MEDIA:النخيل", "LOC*:بغداد");
    List<EntityMention> b = run("MEDIA:وكالة النخيل للأنباء", "LOC*:بغداد");
    List<EntityMention> c = run("MEDIA:وكالة الواحة للأنباء");
    List<EntityMention> d = run("MEDIA:الواحة");
    assertThat(id(b, "وكالة النخيل للأنباء")).isEqualTo(id(a, "النخيل"));
    assertThat(id(d, "الواحة")).isEqualTo(id(c, "وكالة الواحة للأنباء"));
  }

  @Test
  void twoAgenciesSharingHeadAndEndingStayApart() {
    // Same head noun and "للأنباء" ending, different names: a person-name shortcut must not apply.
    List<EntityMention> a = run("MEDIA:وكالة الريف الشمالي للأنباء", "LOC*:الرباط");
    List<EntityMention> b = run("MEDIA:وكالة السهل للأنباء", "LOC*:الرباط");
    assertThat(id(b, "وكالة السهل للأنباء")).isNotEqualTo(id(a, "وكالة الريف الشمالي للأنباء"));
  }

  @Test
  void oneNameHasOneTypeWithinAnArticle() {
    // The tagger calls the outlet a place once; the outlet list's type wins for every mention.
    List<EntityMention> a = run("MEDIA:الضفة", "LOC:الضفة", "PER:سامي فلان");
    assertThat(a).filteredOn(m -> m.text().equals("الضفة")).extracting(EntityMention::type).containsOnly(EntityType.MEDIA);
    assertThat(a.get(0).entityId()).isEqualTo(a.get(1).entityId());
  }

  @Test
  void twoPeopleSharingASurnameStayApart() {
    // Two different officials named المطيري in unrelated stories, each followed by the surname alone.
    List<EntityMention> a = run("PER:ضاري المطيري", "LOC:الكويت", "PER:المطيري");
    List<EntityMention> b = run("PER:سلطان المطيري", "LOC:الرياض", "PER:المطيري");
    assertThat(id(a, "ضاري المطيري")).isNotEqualTo(id(b, "سلطان المطيري"));
    assertThat(id(a, "المطيري")).isEqualTo(id(a, "ضاري المطيري"));
    assertThat(id(b, "المطيري")).isEqualTo(id(b, "سلطان المطيري"));
    // A later surname-only mention beside Kuwait goes to the Kuwaiti official.
    List<EntityMention> c = run("LOC:الكويت", "PER:المطيري");
    assertThat(id(c, "المطيري")).isEqualTo(id(a, "ضاري المطيري"));
  }

  @Test
  void canonicalIsTheMostFrequentFullForm() {
    run("PER:كريم الطنطاوي", "PER:الطنطاوي");
    run("PER:كريم الطنطاوي");
    List<EntityMention> c = run("PER:كريم الطنطاوى", "PER:الطنطاوي");
    assertThat(c.get(0).canonical()).isEqualTo("كريم الطنطاوي");
  }

  @Test
  void shortFormsAfterATitleResolveToTheFullNameAndItIsCanonical() {
    // A coach named in full once, then by title + surname and surname alone, more often.
    List<EntityMention> a = run("PER:زياد الحمروني", "PER:المدرب الحمروني", "PER:الحمروني", "PER:الحمروني");
    assertThat(id(a, "المدرب الحمروني")).isEqualTo(id(a, "الحمروني")).isEqualTo(id(a, "زياد الحمروني"));
    assertThat(a.get(3).canonical()).isEqualTo("زياد الحمروني");
    // Next article: the surname alone, beside the same club; it goes to the coach.
    List<EntityMention> b = run("ORG:نادي الشعلة", "PER:الحمروني");
    assertThat(id(b, "الحمروني")).isEqualTo(id(a, "زياد الحمروني"));
  }

  @Test
  void aSurnameAfterTheElidedAlefOfLamResolves() {
    // "وللحمروني" in the next article: the span starts after "و" + "ل", at "لحمروني", which is the
    // surname "الحمروني" without its alef; nothing else in the article links it to the coach.
    List<EntityMention> a = run("PER:زياد الحمروني", "ORG:نادي الشعلة");
    String text = "وللحمروني تجربة سابقة.";
    int clitic = text.indexOf("لحمروني");
    AnalyzedArticle article = AnalyzedArticle.cleaned(new Article("L-1", null, null, null, "", text), "", text, List.of(), "h")
        .withEntities(List.of(new EntityMention("لحمروني", EntityType.PER, clitic, clitic + 7)));
    List<EntityMention> out = resolver.apply(article).entities();
    assertThat(out.get(0).entityId()).isEqualTo(id(a, "زياد الحمروني"));
  }

  @Test
  void spellingVariantsOfAFullNameWithinOneArticleMerge() {
    // One outlet writes the foreign g as غ then ج, and a final s as ش then ز; the other word is identical.
    List<EntityMention> a = run("PER:سيرغي بوبوف", "PER:سيرجي بوبوف", "PER:جواو فرنانديش", "PER:جواو فرنانديز");
    assertThat(id(a, "سيرغي بوبوف")).isEqualTo(id(a, "سيرجي بوبوف"));
    assertThat(id(a, "جواو فرنانديش")).isEqualTo(id(a, "جواو فرنانديز"));
    // A doubled consonant across articles.
    List<EntityMention> b = run("PER:بيتر أوموتيللو", "LOC:نيروبي");
    List<EntityMention> c = run("PER:بيتر أوموتيلو", "LOC:نيروبي");
    assertThat(id(c, "بيتر أوموتيلو")).isEqualTo(id(b, "بيتر أوموتيللو"));
  }

  @Test
  void twoPeopleWithOneSurnameAndDifferentFirstNamesStayApartInOneArticle() {
    // Brothers in one report: the first names differ by more than a spelling.
    List<EntityMention> a = run("PER:حسام الدباغ", "PER:هشام الدباغ");
    assertThat(id(a, "حسام الدباغ")).isNotEqualTo(id(a, "هشام الدباغ"));
    // Compound names sharing only the particle are different names.
    List<EntityMention> b = run("PER:عبد الحكيم الساحلي", "PER:عبد الحميد");
    assertThat(id(b, "عبد الحميد")).isNotEqualTo(id(b, "عبد الحكيم الساحلي"));
  }

  @Test
  void aShortOrganisationNameDoesNotMergeBodiesOfDifferentCountries() {
    // Each article names its country's central bank in full once, then by the generic head.
    List<EntityMention> a = run("ORG:البنك المركزي التونسي", "ORG:البنك المركزي", "ORG:البنك المركزي");
    List<EntityMention> b = run("ORG:البنك المركزي العماني", "ORG:البنك المركزي");
    assertThat(id(b, "البنك المركزي العماني")).isNotEqualTo(id(a, "البنك المركزي التونسي"));
    assertThat(id(b, "البنك المركزي")).isEqualTo(id(b, "البنك المركزي العماني"));
    assertThat(a.get(1).canonical()).isEqualTo("البنك المركزي التونسي");
    // The same body named again in full links back.
    List<EntityMention> c = run("ORG:البنك المركزي التونسي", "LOC:تونس");
    assertThat(id(c, "البنك المركزي التونسي")).isEqualTo(id(a, "البنك المركزي التونسي"));
  }

  @Test
  void placesKeepCoordinatesAcrossVariants() {
    AnalyzedArticle first = AnalyzedArticle.cleaned(new Article("P-1", null, null, null, "", "الكفرة"), "", "الكفرة", List.of(), "h")
        .withEntities(List.of(new EntityMention("الكفرة", EntityType.LOC, 0, 6).located(24.2, 23.3)));
    resolver.apply(first);
    List<EntityMention> b = run("LOC:الكفره");
    assertThat(b.get(0).lat()).isEqualTo(24.2);
  }

  @Test
  void restoreRebuildsTheRegistryAndDrainReportsChanges() {
    List<EntityMention> a = run("PER:سيرغي لافروف", "LOC:موسكو");
    assertThat(resolver.drainChanged()).extracting(Entity::id).containsExactlyInAnyOrder(a.get(0).entityId(), a.get(1).entityId());
    assertThat(resolver.drainChanged()).isEmpty();

    NameVariantResolver reopened = new NameVariantResolver(EntityLexicon.bundled(), x -> List.of());
    reopened.restore(AnalyzedArticle.cleaned(new Article("R-1", null, null, null, "", ""), "", "", List.of(), "h").withEntities(a));
    assertThat(reopened.entities()).extracting(Entity::canonical).contains("سيرغي لافروف", "موسكو");
    List<EntityMention> b = run(reopened, "PER:سيرجي لافروف", "PER:ماريا زاخاروفا");
    assertThat(b.get(0).entityId()).isEqualTo(a.get(0).entityId());
    assertThat(b.get(1).entityId()).isNotIn(a.get(0).entityId(), a.get(1).entityId());
  }

  @Test
  void aTransliterationJoinsTheArabicNameBeforeItWhateverTheWordCounts() {
    // Fixture: the Latin spelling in parentheses has more words than the Arabic name's form (the
    // particle "دي" joins its surname), so it would be grouped first if taken longest first
    String text = "وقال المدرب جان دي بروفر (Jean De Brouwer) إن الفريق سيعود.";
    int ar = text.indexOf("جان");
    int lat = text.indexOf("Jean");
    List<EntityMention> layer = List.of(new EntityMention("جان دي بروفر", EntityType.PER, ar, ar + 12),
        new EntityMention("Jean De Brouwer", EntityType.PER, lat, lat + 15));
    Article article = new Article("T-latin", null, null, null, "", text);
    List<EntityMention> out = resolver.apply(AnalyzedArticle.cleaned(article, "", text, List.of(), "h").withEntities(layer)).entities();
    assertThat(out.get(1).entityId()).isEqualTo(out.get(0).entityId());
    assertThat(out.get(1).canonical()).isEqualTo("جان دي بروفر");
  }

  @Test
  void aBodysOtherNameInParenthesesIsThatBodyNotTheGenericOneKnownElsewhere() {
    // Fixture: one article names a country's central bank in full; a later one names another bank
    // by its own name with the generic "(البنك المركزي)" after it, which must stay with that bank
    List<EntityMention> a = run("ORG:البنك المركزي التونسي", "ORG:البنك المركزي");
    String text = "وخفض بنك الجزيرة (البنك المركزي) سعر الفائدة.";
    int own = text.indexOf("بنك الجزيرة");
    int alias = text.indexOf("البنك المركزي");
    List<EntityMention> layer = List.of(new EntityMention("بنك الجزيرة", EntityType.ORG, own, own + 11),
        new EntityMention("البنك المركزي", EntityType.ORG, alias, alias + 13));
    Article article = new Article("T-alias", null, null, null, "", text);
    List<EntityMention> b = resolver.apply(AnalyzedArticle.cleaned(article, "", text, List.of(), "h").withEntities(layer)).entities();
    assertThat(b.get(1).entityId()).isEqualTo(b.get(0).entityId()).isNotEqualTo(id(a, "البنك المركزي التونسي"));
  }
}
