package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitySpanRulesTest {
  private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

  private static List<EntityMention> mentions(String text) {
    return RECOGNIZER.recognize(text, "");
  }

  private static boolean hasPerson(List<EntityMention> ms, String name) {
    return ms.stream().anyMatch(m -> m.type() == EntityType.PER && m.text().equals(name));
  }

  @Test
  void aSurnameSeenInAFullNameKeepsItsFirstLetterElsewhere() {
    // Fixture: a surname that begins with ف, which is also the conjunction; once the full name is
    // known, the surname alone is the whole word, and with و before it only و is a clitic.
    String text = "وقال المهندس سامر فرحاتي إن العمل بدأ. وأضاف فرحاتي أن الموعد ثابت. وتابع وفرحاتي يبتسم.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms.stream().filter(m -> m.text().equals("فرحاتي")).count()).as(ms.toString()).isEqualTo(2);
    assertThat(ms).noneMatch(m -> m.text().equals("رحاتي"));
  }

  @Test
  void aNationalityAfterAOneWordClubNameStaysOutOfIt() {
    // Fixture: a one-word club name with the nationality after it, and a ministry whose nationality
    // is kept (a construct phrase).
    List<EntityMention> ms = mentions("وتعاقد نادي الوحدة مع لاعب سابق في الوداد المغربي الموسم الماضي.");
    assertThat(ms).noneMatch(m -> m.text().equals("الوداد المغربي"));
  }

  @Test
  void floodsAreNoSeoulWithoutKorea() {
    // Fixture: سيول as torrents in a weather report, then as Seoul in an article about Korea.
    List<EntityMention> floods = mentions("جرفت سيول غزيرة عدة سيارات في وادي قرب مسقط.");
    assertThat(floods).noneMatch(m -> m.text().contains("سيول"));
    PlaceGazetteer places = EntityLexicon.bundled().places();
    assertThat(places.isCommonWordHere("سيول", java.util.Set.of("امطار", "وادي"))).isTrue();
    assertThat(places.isCommonWordHere("سيول", java.util.Set.of("وكوريا", "الجنوبيه"))).isFalse();
  }

  @Test
  void anInstitutionHeadOrAPlaceBeforeAFullNameIsCutOff() {
    // Fixture: the tagger runs a person's name back into the institution a director heads
    // ("مدير المعهد …"), and into the town an official serves after his title ("معتمد طنجة …").
    List<EntityMention> director = mentions("وأوضح مدير المعهد عبد الكريم الفرجاني أن المحطات سجلت الهزة بدقة.");
    assertThat(director).as(director.toString()).noneMatch(m -> m.text().startsWith("المعهد"));
    List<EntityMention> official = mentions("وقال معتمد طنجة سليم بوحديدة إن الطريق سيفتح غدا.");
    assertThat(official).as(official.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().contains("طنجة"));
  }

  @Test
  void aDefiniteGivenNameOpeningAFullNameStays() {
    // Fixture: a given name written with the article, which is no institution nor place.
    List<EntityMention> ms = mentions("وقال الخبير المهدي عبد السلام الوراني إن الأسعار سترتفع.");
    assertThat(ms).as(ms.toString()).anyMatch(m -> m.type() == EntityType.PER && m.text().startsWith("المهدي"));
  }

  @Test
  void aGluedPlusBelongsToTheBodysName() {
    // Fixture: an invented grouping widened from a listed body ("آسيان"), written with a glued plus
    // inside guillemets and bare; the plus keeps it apart from the body itself.
    List<EntityMention> ms = mentions("واجتمع تحالف «آسيان+» أمس، وقالت مصادر في آسيان+ إن الاتفاق قريب.");
    assertThat(ms.stream().filter(m -> m.type() == EntityType.ORG).map(EntityMention::text)).as(ms.toString())
        .containsExactly("آسيان+", "آسيان+");
    assertThat(NameForm.of("آسيان+", EntityType.ORG, EntityLexicon.bundled()).compact())
        .isNotEqualTo(NameForm.of("آسيان", EntityType.ORG, EntityLexicon.bundled()).compact());
  }

  @Test
  void aPlaceInTheGenitiveOfAHeadNounNamesTheBodyAndANationalityQualifiesIt() {
    // Fixture: a bank named by head noun + country ("بنك" + a gazetteer place), and a definite
    // body followed by a nationality that tells which country's body it is.
    List<EntityMention> bank = mentions("وخفض بنك المغرب سعر الفائدة الرئيسي ربع نقطة.");
    assertThat(bank).as(bank.toString()).anyMatch(m -> m.type() == EntityType.ORG && m.text().equals("بنك المغرب"));
    List<EntityMention> central = mentions("وأبقى البنك المركزي العماني على أسعار الفائدة دون تغيير.");
    assertThat(central).as(central.toString()).anyMatch(m -> m.type() == EntityType.ORG && m.text().equals("البنك المركزي العماني"));
  }

  @Test
  void roleCueWithAttributesIntroducesAnUnknownForeignName() {
    // Fixture (written for Rasd): a role cue, its adjective and a place after إلى, then an invented
    // two-word foreign name ending at a comma; the cue words stay outside the span.
    List<EntityMention> ms = mentions("وصلت المبعوثة الأممية إلى السودان غريتا هولمبرغ، صباح الأحد، إلى الخرطوم.");
    assertThat(hasPerson(ms, "غريتا هولمبرغ")).as(ms.toString()).isTrue();
    assertThat(ms).noneMatch(m -> m.text().contains("المبعوثة"));
  }

  @Test
  void nationalityBeforeANameIsACue() {
    // Fixture: a nationality nisba (of a gazetteer country) before an invented name, which ends
    // at a transliteration in parentheses; the Latin spelling is a mention too.
    List<EntityMention> ms = mentions("وأحرز الأرجنتيني ماتياس فيرنانديث (Matias Fernandez) هدفين في المباراة.");
    assertThat(hasPerson(ms, "ماتياس فيرنانديث")).as(ms.toString()).isTrue();
    assertThat(hasPerson(ms, "Matias Fernandez")).as(ms.toString()).isTrue();
  }

  @Test
  void commonNounsAfterACueAreNoName() {
    // Fixture: a cue followed by a common noun with a feminine ending and a demonstrative phrase:
    // neither is a person.
    List<EntityMention> ms = mentions("وقال المدرب إن زيارة الفريق هذا الموسم كانت مفيدة.");
    assertThat(ms).noneMatch(m -> m.type() == EntityType.PER);
  }

  @Test
  void aTaggedFullNameAfterARankIsKept() {
    // Fixture: a rank and its qualifier ("العميد الركن") before a name whose given name is written
    // with the article and is not in the given-name list; the tagger's two-word name must not be
    // cut to the surname by the cue rule.
    List<EntityMention> ms = mentions("وقال المتحدث باسم الجيش العميد الركن الناصر عبدالودود إن الوضع تحت السيطرة.");
    assertThat(ms).as(ms.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().equals("عبدالودود"));
  }

  @Test
  void theRolesComplementIsNoName() {
    // Fixture: after "رئيس" the institution ("مجلس أمناء الهيئة") and, after a body, its domain
    // with ل ("لتنسيق البرامج") belong to the role; the person is the name after them.
    List<EntityMention> board = mentions("وقال رئيس مجلس أمناء الهيئة الدكتور رامي العتوم إن القرار نهائي.");
    assertThat(board).as(board.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().contains("مجلس"));
    List<EntityMention> office = mentions("وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق البرامج في تشاد ماري لوبلان إن المساعدات وصلت.");
    assertThat(office).as(office.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().contains("لتنسيق"));
    assertThat(hasPerson(office, "ماري لوبلان")).as(office.toString()).isTrue();
  }

  @Test
  void aClubGluedBeforeACoachsGivenNameIsCutOff() {
    // Fixture: the club's name right before its coach's given name, which the tagger reads as one
    // person; Arabic names open with the given name, so the person starts there.
    String text = "وقال مدرب الوداد عادل الكرتاوي عقب المباراة إن فريقه استحق الفوز. "
        + "وأكد لاعب الرجاء سامي البقالي أن الموسم لم ينته.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms).as(ms.toString()).noneMatch(m -> m.type() == EntityType.PER
        && (m.text().startsWith("الوداد") || m.text().startsWith("الرجاء")));
    assertThat(hasPerson(ms, "عادل الكرتاوي")).as(ms.toString()).isTrue();
  }

  @Test
  void aPlacesNisbaAloneIsNoPerson() {
    // Fixture: the nisba of a gazetteer country after a noun, twice; a full name whose surname is
    // a nisba keeps its surname-alone mention.
    String text = "أعلن وزير الخارجية الروسي فاديم سوكولوف أن موسكو وأنقرة متفقتان على وحدة الأراضي السورية. "
        + "وقال المتحدث باسم الخارجية السورية إن دمشق ترحب بالحوار. وأكد الباحث كمال المصري أن الحل سياسي، وقال المصري إن الحوار مفيد.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms).as(ms.toString()).noneMatch(m -> m.type() == EntityType.PER && m.text().equals("السورية"));
    assertThat(hasPerson(ms, "كمال المصري")).as(ms.toString()).isTrue();
  }

  @Test
  void anOutletsNameInMarksAfterItsHeadNounIsTheOutlet() {
    // Fixture: invented outlets named in guillemets and curly quotes after a head noun.
    String text = "وقال المدرب سامي الحداد في حديث لصحيفة «النجمة» إن الفريق جاهز. "
        + "ونقل موقع “الساحة اليوم” عن مصادر في النادي أن العقد جاهز.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms).as(ms.toString()).anyMatch(m -> m.type() == EntityType.MEDIA && m.text().equals("النجمة"))
        .anyMatch(m -> m.type() == EntityType.MEDIA && m.text().equals("الساحة اليوم"));
  }

  @Test
  void aFutureVerbAfterANameIsNotPartOfIt() {
    // Fixture (public figures): a person span the tagger runs into the future verb that follows it.
    String text = "قالت الرئاسة الجزائرية إن الرئيس عبدالمجيد تبون سيستقبل نظيره الفرنسي ايمانويل ماكرون مطلع ديسمبر.";
    List<EntityMention> ms = mentions(text);
    assertThat(ms).as(ms.toString()).noneMatch(m -> m.text().contains("سيستقبل"));
    assertThat(hasPerson(ms, "عبدالمجيد تبون")).as(ms.toString()).isTrue();
  }
}
