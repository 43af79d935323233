package dev.rasd.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.model.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that read a speaker from the words around a reporting verb, on short reports written
 * for this test (invented people, bodies and places). Each test names the phenomenon its fixture
 * exercises; most run without an entity layer, so the speaker is the name the grammar read.
 */
class SpeakerRulesTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<String> speakers(String text, List<EntityMention> layer) {
    return extractor.extract(text, layer).stream().filter(Quote::direct).map(Quote::speaker).toList();
  }

  private List<String> speakers(String text) {
    return speakers(text, List.of());
  }

  private static EntityMention mention(String text, String surface, EntityType type, String id) {
    int at = text.indexOf(surface);
    return new EntityMention(surface, type, at, at + surface.length()).resolvedTo(id, surface);
  }

  @Test
  void aRankAfterARoleAndItsComplementIntroducesTheName() {
    // the role's complement runs through a preposition ("على الحدود مع …") before the rank and the name
    String text = "وقال مدير معبر وادي الرمل على الحدود مع الجارة العقيد نادر السبعاوي إن «العبور سيستأنف غدا صباحا».";
    assertThat(speakers(text)).containsExactly("نادر السبعاوي");
  }

  @Test
  void aGivenNameInsideTheRoleRunStartsTheName() {
    // "دائرة صحة المدينة" completes the role; the person's name starts at the given name علي,
    // written with a final yeh, which the preposition على is not
    String text = "وقال مدير عام دائرة صحة الساحل علي حميد الزبيدي إن المصابين «من قرية واحدة على النهر».";
    assertThat(speakers(text)).containsExactly("علي حميد الزبيدي");
  }

  @Test
  void aSurnameStartingWithLamIsANameWhenTheArticleRepeatsIt() {
    // "لوفغرين" looks like ل + noun; the article repeats it and never writes "وفغرين" alone. The
    // surname then continues the full name the article introduced
    String text = "وصلت المبعوثة إنغريد لوفغرين إلى المدينة أمس.\n\n"
        + "من جهتها، كتبت لوفغرين على منصة إكس: «نقاش صريح ومفيد مع كل الأطراف».";
    assertThat(speakers(text)).containsExactly("إنغريد لوفغرين");
  }

  @Test
  void thePlatformAWriterPostedOnIsNotTheSpeaker() {
    // "كتبت على منصة إكس" without a subject: the pronoun continues the woman already quoted,
    // even though the layer wrongly marked the platform as a person
    String text = "وقالت الوزيرة هالة الشامي: «الميزانية جاهزة للعرض».\n\n"
        + "وكتبت على منصة إكس: «الأولوية للتعليم والصحة في كل الأحوال».";
    List<EntityMention> layer = List.of(
        mention(text, "هالة الشامي", EntityType.PER, "E1"),
        mention(text, "إكس", EntityType.PER, "E2"));
    assertThat(speakers(text, layer)).containsExactly("هالة الشامي", "هالة الشامي");
  }

  @Test
  void anUnnamedSourceGivesNoSpeaker() {
    // an indefinite role with a qualifier and a complement names nobody ("عضو سابق في مجلس بلدي")
    String text = "ويقول عضو سابق في مجلس بلدي بالشمال إن «اللجان المعينة لا تمثل أحدا من السكان».";
    assertThat(speakers(text)).containsExactly((String) null);
  }

  @Test
  void theDefiniteSourceAfterAnIndefiniteOneStaysUnnamed() {
    // "مسؤول في الهيئة" introduced without a name; "المسؤول" then refers back to that unnamed source,
    // not to the named person quoted before
    String text = "وقال الوزير فؤاد الكبيسي: «لا تأخير في الصرف».\n\n"
        + "ونقلت الصحيفة عن مسؤول في الهيئة أن المراجعة قريبة.\n\n"
        + "وقال المسؤول للصحيفة إن «الشروط الهيكلية تحققت في معظمها».";
    assertThat(speakers(text)).containsExactly("فؤاد الكبيسي", null);
  }

  @Test
  void aSourceWordBeforeANamedPersonIsATitle() {
    // "خبير أمن المعلومات" introduces a named expert; the follow-on "ويوضح:" continues him
    String text = "ويرى خبير أمن المعلومات باسل القيسي أن الخطر في الاستخدام، ويوضح: «البيانات المسربة تكفي لانتحال أي صفة».";
    assertThat(speakers(text)).containsExactly("باسل القيسي");
  }

  @Test
  void aFeminineSourceWordBeforeANamedPersonIsATitleToo() {
    // "خبيرة" and "باحثة" are sources like "خبير": with a name after them, the name is the speaker
    String text = "وقالت خبيرة الطقس سعاد المنذري: «الذروة تبدأ مساء الجمعة».\n\n"
        + "وقالت باحثة علم الاجتماع ريم الكعبي: «الأسر تحتاج إلى خطة إخلاء مكتوبة».";
    assertThat(speakers(text)).containsExactly("سعاد المنذري", "ريم الكعبي");
  }

  @Test
  void aPresentFormThatMeansFollowIsNoReportingVerb() {
    // "تتابع الوضع" (monitors the situation) inside a reported clause neither cuts the clause nor
    // opens a new speaker for the participle after it
    String text = "وقالت وزيرة الطاقة هند الزعبلاوي إن الحكومة تتابع الوضع ساعة بساعة، مضيفة: «لا نقص في المخزون».";
    List<Quote> quotes = extractor.extract(text, List.of());
    assertThat(quotes).extracting(Quote::text).containsExactly("الحكومة تتابع الوضع ساعة بساعة", "لا نقص في المخزون");
    assertThat(quotes).extracting(Quote::speaker).containsOnly("هند الزعبلاوي");
  }

  @Test
  void aTimePhraseAfterTheVerbIsNoSubject() {
    // "وكان فلان قد أكد الأسبوع الماضي أن «…»": the subject came before كان; the week is when
    String text = "وكان رئيس الحكومة ماهر الدباغ قد أكد الأسبوع الماضي أن «المياه خط أحمر».";
    assertThat(speakers(text)).containsExactly("ماهر الدباغ");
  }

  @Test
  void limitingHimselfToSayingIsSpeech() {
    // "اكتفى فلان بالقول:" introduces his words, after another speaker was quoted in between
    String text = "وقال الوزير جميل الرواشدة إن الخطة جاهزة.\n\nوقالت النائبة عبلة السقا: «الخطة متأخرة عن موعدها سنة كاملة».\n\n"
        + "وردا على سؤال، اكتفى الرواشدة بالقول: «الملف بيد الحكومة».";
    assertThat(speakers(text)).containsExactly("عبلة السقا", "جميل الرواشدة");
  }

  @Test
  void theOutletGivenTheWordsEndsBeforeBianna() {
    // "صرح لموقع النادي الرسمي بأنه …": بأنه opens the reported clause, not the outlet's name
    String text = "وصرح المدرب كمال الفاسي لموقع النادي الرسمي بأنه سعيد، وتابع قائلا: «هدفنا الأول هو اللقب هذا الموسم».";
    assertThat(extractor.extract(text, List.of())).filteredOn(Quote::direct).extracting(Quote::givenTo)
        .containsExactly("موقع النادي الرسمي");
  }

  @Test
  void aBareReportingVerbFormInsideAReportedClauseIsTheClausesOwnVerb() {
    // "نقلوا" (were taken) and "تشير" (point to) belong to the clause; "وأضاف" opens a new one
    String text = "وقالت وزارة الصحة إن المصابين نقلوا إلى مستشفى المدينة، مشيرة إلى أن التقديرات تشير إلى ماس كهربائي. "
        + "وأضاف المحافظ رامي الصوالحة أن التحقيق بدأ.";
    assertThat(extractor.extract(text, List.of())).filteredOn(q -> !q.direct()).extracting(Quote::text)
        .containsExactly("المصابين نقلوا إلى مستشفى المدينة", "التقديرات تشير إلى ماس كهربائي", "التحقيق بدأ");
  }

  @Test
  void anIndefiniteWordAfterAFamilyNameIsTheObject() {
    // no entity layer: "لخصت فلانة الزين خطة …" — the name ends at its definite family name
    String text = "«سنغلق المكبات قبل نهاية العام»، هكذا لخصت الوزيرة تالا الغصين خطة وزارتها أمس.";
    assertThat(speakers(text)).containsExactly("تالا الغصين");
  }

  @Test
  void aPersonRightAfterAPrepositionIsItsObject() {
    // "وردت الوزيرة على عقيص قائلة": the minister answers the deputy; the feminine participle is hers
    String text = "وقالت الوزيرة تالا الغصين إن الخطة جاهزة.\n\nوقال النائب جورج عقيص: «الخطط كثيرة والتنفيذ غائب منذ سنوات».\n\n"
        + "وردت الوزيرة على عقيص قائلة: «هذه المرة لدينا جدول زمني ملزم».";
    int second = text.lastIndexOf("عقيص");
    List<EntityMention> layer = List.of(mention(text, "تالا الغصين", EntityType.PER, "E1"),
        mention(text, "جورج عقيص", EntityType.PER, "E2"),
        new EntityMention("عقيص", EntityType.PER, second, second + 4).resolvedTo("E2", "جورج عقيص"));
    assertThat(speakers(text, layer)).containsExactly("جورج عقيص", "تالا الغصين");
  }

  @Test
  void anUnnamedGroupIsNoSpeaker() {
    // "يرى اقتصاديون أن …", "وقال محتجون: «…»": a plural group without a name speaks for no one entity
    String text = "وقال محتجون أمام البرلمان: «لن نغادر قبل إلغاء القرار».";
    assertThat(speakers(text)).containsExactly((String) null);
  }

  @Test
  void aPronounSubjectBeforeAnySpeakerIsTheLastPersonNamed() {
    // "ما وصفه بـ«…»": no speaker yet, so the pronoun goes back to the person the article named
    String text = "عاد المتحدث باسم الهيئة جمال الفيتوري إلى المنصة أمس، ليعرض حصيلة ما وصفه بعملية «تطهير المنطقة الشرقية».";
    List<EntityMention> layer = List.of(mention(text, "جمال الفيتوري", EntityType.PER, "E3"));
    assertThat(speakers(text, layer)).containsExactly("جمال الفيتوري");
  }

  @Test
  void aSubjectFrontedAfterLakinIsTheSpeaker() {
    // "لكن فلان اعتبر … وقال:": subject before its verb, then a follow-on in the same sentence
    String text = "وقال المدير رامز العتيبي: «أغلقنا الثغرة نهائيا».\n\n"
        + "لكن الخبير مازن الحلبي اعتبر أن الرد جاء متأخرا، وقال: «أسبوع من الصمت منح المحتالين وقتا ثمينا».";
    assertThat(speakers(text)).containsExactly("رامز العتيبي", "مازن الحلبي");
  }

  @Test
  void aBodysShortFormTakesItsNearestAntecedent() {
    // "البنك" refers to the bank named just before, not to a fuller bank named later in the article
    String text = "أبقى البنك المركزي الليبي الفائدة دون تغيير.\n\n"
        + "وقال البنك في بيان إن القرار «يتسق مع هدف الاستقرار النقدي».\n\n"
        + "وكان البنك المركزي التونسي الأوروبي قد رفع الفائدة الشهر الماضي.";
    List<EntityMention> layer = List.of(
        mention(text, "البنك المركزي الليبي", EntityType.ORG, "B1"),
        mention(text, "البنك المركزي التونسي الأوروبي", EntityType.ORG, "B2"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).singleElement()
        .satisfies(q -> assertThat(q.entityId()).isEqualTo("B1"));
  }

  @Test
  void aPlayerNamedByHisPositionIsThePlayerLater() {
    // "المهاجم المغربي فلان" introduced; "وصرح اللاعب" refers back to him, not to the official quoted last
    String text = "أعلن النادي التعاقد مع المهاجم المغربي زكريا الفاسي لموسمين.\n\n"
        + "وقال المدير التنفيذي وليد الحربي: «الصفقة مهمة للنادي».\n\n"
        + "وصرح اللاعب عقب التوقيع: «سأقاتل على كل كرة من أجل الجماهير».";
    List<EntityMention> layer = List.of(
        mention(text, "زكريا الفاسي", EntityType.PER, "P1"),
        mention(text, "وليد الحربي", EntityType.PER, "P2"));
    assertThat(speakers(text, layer)).containsExactly("وليد الحربي", "زكريا الفاسي");
  }

  @Test
  void aFormVPastVerbLeavesTheIntroducedPersonsGenderOpen() {
    // "وتولى فلان … وأكد": تولى is a masculine past despite its ت, so the masculine follow-on is his
    String text = "وقالت المديرة سعاد البنا: «القرار نهائي ولا رجعة فيه».\n\n"
        + "وتولى كمال الدباغ، المدرب المساعد، قيادة المران، وأكد في تصريحات: «المهمة صعبة لكننا جاهزون».";
    List<EntityMention> layer = List.of(
        mention(text, "سعاد البنا", EntityType.PER, "P1"),
        mention(text, "كمال الدباغ", EntityType.PER, "P2"));
    assertThat(speakers(text, layer)).containsExactly("سعاد البنا", "كمال الدباغ");
  }

  @Test
  void aSpeakerSpeltAnotherWayKeepsTheEntityTheLayerLinkedHimTo() {
    // Fixture: one outlet writes the surname with two letters swapped, another spaced differently;
    // the resolver linked both mentions to the entity under its usual spelling
    String swapped = "وقال الباحث كمال الزرموقي إن «المعطيات أولية».";
    String spaced = "وقال المدرب جان دي بروفر إن «الفريق سيعود أقوى».";
    String text = swapped + "\n\n" + spaced.replace("دي بروفر", "ديبروفر");
    EntityMention a = new EntityMention("كمال الزرموقي", EntityType.PER, text.indexOf("كمال"), text.indexOf("كمال") + 13)
        .resolvedTo("E1", "كمال الزمروقي");
    EntityMention b = new EntityMention("جان ديبروفر", EntityType.PER, text.indexOf("جان"), text.indexOf("جان") + 11)
        .resolvedTo("E2", "جان دي بروفر");
    List<Quote> quotes = extractor.extract(text, List.of(a, b)).stream().filter(Quote::direct).toList();
    assertThat(quotes).extracting(Quote::entityId).containsExactly("E1", "E2");
  }

  @Test
  void anotherConsonantIsAnotherPersonEvenWhenTheLayerMergedThem() {
    // Fixture: two surnames one consonant apart (السبيعي/الربيعي are different families); a
    // resolver that merged them on edit distance is not trusted, and the name read stands alone
    String text = "وقال المهندس ماجد الربيعي إن «الأشغال تأخرت».";
    EntityMention m = new EntityMention("ماجد الربيعي", EntityType.PER, text.indexOf("ماجد"), text.indexOf("ماجد") + 12)
        .resolvedTo("E1", "ماجد السبيعي");
    List<Quote> quotes = extractor.extract(text, List.of(m)).stream().filter(Quote::direct).toList();
    assertThat(quotes).extracting(Quote::speaker).containsExactly("ماجد الربيعي");
    assertThat(quotes).extracting(Quote::entityId).containsOnlyNulls();
  }

  @Test
  void aSpeakerLastNamedInLatinLettersIsTheEntityOfItsArabicName() {
    // Fixture: the coach is introduced with his transliteration in parentheses; the next quote has
    // an implied subject, and the last name written is the Latin one the resolver joined to him
    String text = "ونقلت الصحيفة عن المدرب جان دي بروفر (Jean De Brouwer) تعليقه على إقالته.\n\n"
        + "وقال: «لم يمنحوني الوقت الكافي».";
    EntityMention ar = mention(text, "جان دي بروفر", EntityType.PER, "E1");
    int lat = text.indexOf("Jean");
    EntityMention latin = new EntityMention("Jean De Brouwer", EntityType.PER, lat, lat + 15).resolvedTo("E1", "جان دي بروفر");
    List<Quote> quotes = extractor.extract(text, List.of(ar, latin)).stream().filter(Quote::direct).toList();
    assertThat(quotes).extracting(Quote::entityId).containsExactly("E1");
  }

  @Test
  void membersIntroducedAsPartOfABodySpeakForIt() {
    // Fixture: "خمس دول أعضاء في رابطة …" introduces members of an invented body; "الدول الخمس"
    // issuing a statement later is the body. A definite plural with no such introduction is not.
    String text = "اتفقت خمس دول أعضاء في رابطة الموانئ الجنوبية على خطة جديدة.\n\n"
        + "وقالت الدول الخمس في بيان إن الخطة «تبدأ الشهر المقبل».\n\n"
        + "وقالت الشركات في بيان آخر إن «الرسوم مرتفعة».";
    EntityMention body = mention(text, "رابطة الموانئ الجنوبية", EntityType.ORG, "E7");
    List<Quote> quotes = extractor.extract(text, List.of(body)).stream().filter(Quote::direct).toList();
    assertThat(quotes).extracting(Quote::entityId).containsExactly("E7", null);
  }
}
