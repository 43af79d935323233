package dev.rasd.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.model.Quote;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quotation extraction on short reports written for this test (invented people and bodies).
 * Each test names the phenomenon its fixture exercises. Without an entity layer the speaker is the
 * name read after the verb; one test checks that entity mentions take precedence.
 */
class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> extract(String text) {
    return extractor.extract(text, List.of());
  }

  private List<Quote> direct(String text) {
    return extract(text).stream().filter(Quote::direct).toList();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      // every mark style around the same statement
      "وقال الوزير كمال الحداد: «سنفتح المعبر أمام الشاحنات صباح الغد».",
      "وقال الوزير كمال الحداد: “سنفتح المعبر أمام الشاحنات صباح الغد”.",
      "وقال الوزير كمال الحداد: „سنفتح المعبر أمام الشاحنات صباح الغد“.",
      "وقال الوزير كمال الحداد: ‹سنفتح المعبر أمام الشاحنات صباح الغد›.",
      "وقال الوزير كمال الحداد: \"سنفتح المعبر أمام الشاحنات صباح الغد\"."})
  void everyQuotationMarkStyle(String text) {
    assertThat(direct(text)).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("سنفتح المعبر أمام الشاحنات صباح الغد");
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(q.speaker()).isEqualTo("كمال الحداد");
      assertThat(q.verb()).isEqualTo("وقال");
    });
  }

  @Test
  void quoteSpanningParagraphs() {
    // the first paragraph's quote stays open; the next paragraph reopens with « and closes it
    String text = "وقالت المديرة سلمى القاسمي: «بدأنا الترميم في الجناح الشرقي.\n\n«وسننتقل إلى الجناح الغربي بعد العيد».";
    assertThat(direct(text)).singleElement().satisfies(q -> {
      assertThat(q.text()).startsWith("بدأنا الترميم").endsWith("بعد العيد").contains("\n\n«وسننتقل");
      assertThat(q.speaker()).isEqualTo("سلمى القاسمي");
    });
  }

  @Test
  void quoteSpanningParagraphsWithoutReopening() {
    // the writer left out the reopening mark: the next paragraph only closes the quote
    String text = "وقالت المديرة سلمى القاسمي: «بدأنا الترميم في الجناح الشرقي.\n\nوسننتقل إلى الجناح الغربي بعد العيد».\n\nوانتهت الزيارة.";
    assertThat(direct(text)).singleElement().satisfies(q -> {
      assertThat(q.text()).startsWith("بدأنا الترميم").endsWith("بعد العيد").contains("\n\nوسننتقل");
      assertThat(q.speaker()).isEqualTo("سلمى القاسمي");
    });
  }

  @Test
  void anUnopenedMarkTwoParagraphsLaterClosesNothing() {
    // an unclosed mark whose next paragraph neither reopens nor closes is no quote
    String text = "وقالت المديرة سلمى القاسمي: «بدأنا الترميم في الجناح الشرقي.\n\nوانتهت الزيارة.\n\nوفي ملف آخر» لا صلة له.";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void speakerAfterTheQuote() {
    String text = "«لن نرفع الأسعار قبل نهاية الموسم»، قال رئيس الاتحاد نبيل السعدي في ختام الاجتماع.";
    assertThat(direct(text)).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("لن نرفع الأسعار قبل نهاية الموسم");
      assertThat(q.speaker()).isEqualTo("نبيل السعدي");
    });
  }

  @Test
  void speakerBehindTitlesAndARoleWithItsInstitution() {
    // role + "باسم" + institution + rank before the name
    String text = "وأكد الناطق باسم هيئة الموانئ البحرية العقيد رامي الفخراني أن «الملاحة ستستأنف خلال ساعات».";
    assertThat(direct(text)).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("رامي الفخراني"));
  }

  @Test
  void followOnQuoteGoesBackOverAnInterveningSpeaker() {
    // a man, then a woman, then "وأضاف:" (masculine, no subject) must return to the man
    String text = "وقال المهندس فادي الخوري: «الجسر سيفتح في موعده».\n\n"
        + "في المقابل، قالت النائبة ريما العلي: «المشروع تأخر عامين كاملين».\n\n"
        + "وأضاف: «لدينا ثلاثة فرق تعمل ليلا ونهارا».";
    List<Quote> quotes = direct(text);
    assertThat(quotes).extracting(Quote::speaker).containsExactly("فادي الخوري", "ريما العلي", "فادي الخوري");
  }

  @Test
  void feminineVerbChoosesTheFemaleSpeaker() {
    // "وتابعت" (feminine) after a man was quoted last goes to the earlier woman
    String text = "وقالت الطبيبة منى الحسن: «الإصابات كلها طفيفة».\n\n"
        + "وقال المسعف خالد النمر: «نقلنا الجميع خلال ساعة».\n\n"
        + "وتابعت: «سنبقي اثنين تحت المراقبة حتى الصباح».";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("منى الحسن", "خالد النمر", "منى الحسن");
  }

  @Test
  void pronounSubjectWithComplementizerKeepsThePreviousSpeaker() {
    // "وأكد أن" has no subject of its own
    String text = "وقال المدرب سامي الجابري: «الفريق جاهز للمباراة».\n\nوأكد أن «اللاعبين المصابين تعافوا تماما».";
    assertThat(direct(text)).extracting(Quote::speaker).containsExactly("سامي الجابري", "سامي الجابري");
  }

  @Test
  void reportedSpeechBecomesAnIndirectQuote() {
    String text = "وأشار المحافظ عادل البنا إلى أن الطريق الساحلي سيغلق أسبوعا للصيانة.";
    assertThat(extract(text)).singleElement().satisfies(q -> {
      assertThat(q.direct()).isFalse();
      assertThat(q.text()).isEqualTo("الطريق الساحلي سيغلق أسبوعا للصيانة");
      assertThat(q.speaker()).isEqualTo("عادل البنا");
    });
  }

  @Test
  void givenToTheOutletNamedWithTheStatement() {
    // outlet in guillemets after لـ, and an agency after "في مقابلة مع"
    String first = "وقال الخبير وليد منصور لـ«الرصيف»: «الأسعار ستنخفض مع دخول المحصول الجديد».";
    String second = "وقالت الوزيرة هدى السالم في مقابلة مع وكالة النخيل إن «الحكومة لن تتراجع عن الإصلاح».";
    assertThat(direct(first)).singleElement().satisfies(q -> assertThat(q.givenTo()).isEqualTo("الرصيف"));
    assertThat(direct(second)).singleElement().satisfies(q -> {
      assertThat(q.givenTo()).isEqualTo("وكالة النخيل");
      assertThat(q.speaker()).isEqualTo("هدى السالم");
    });
  }

  @Test
  void scareQuotesAndNamesAreNotQuotes() {
    // a newspaper name, a film title and a one-word scare quote without a reporting verb
    String text = "ونشرت صحيفة «الساحل» تقريرا عن فيلم «ليل المدينة» الذي وصفه النقاد بالعمل «الجريء» في عرض افتتاحي.";
    assertThat(direct(text)).isEmpty();
  }

  @Test
  void shortQuoteLinkedToItsVerbIsKept() {
    // one quoted word after "إن" + subject: a real (partial) quotation
    String text = "وقال مدير الميناء جمال الشريف إن الإغلاق «مؤقت».";
    assertThat(direct(text)).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("مؤقت");
      assertThat(q.speaker()).isEqualTo("جمال الشريف");
    });
  }

  @Test
  void anonymousSourceGivesNoSpeaker() {
    String text = "وقال مصدر أمني إن «الوضع تحت السيطرة في كل الأحياء».";
    assertThat(direct(text)).singleElement().satisfies(q -> assertThat(q.speaker()).isNull());
  }

  @Test
  void entityMentionsTakePrecedenceAndCarryTheCanonicalEntity() {
    String text = "وقال الوزير الحداد: «سنفتح المعبر أمام الشاحنات».";
    int at = text.indexOf("الحداد");
    EntityMention mention = new EntityMention("الحداد", EntityType.PER, at, at + "الحداد".length())
        .resolvedTo("E7", "كمال الحداد");
    assertThat(extractor.extract(text, List.of(mention))).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("كمال الحداد");
      assertThat(q.entityId()).isEqualTo("E7");
    });
  }

  private static EntityMention mention(String text, String surface, EntityType type, String id, String canonical) {
    int at = text.indexOf(surface);
    return new EntityMention(surface, type, at, at + surface.length()).resolvedTo(id, canonical);
  }

  @Test
  void aLeadInQuoteBelongsToThePersonTheNextSentenceNames() {
    // "«…».. بهذه الكلمات ودّعت فلانة": the quote opens the story and the next sentence names its speaker;
    // a feminine verb there makes a later feminine follow-on verb continue her
    String text = "«سأعود إلى المسرح حين أجد نصًا يستحقه».. بهذه الكلمات ودّعت الممثلة هالة البزاز، مساء الخميس، جمهور المسرح الوطني.\n\n"
        + "وأضافت: «كل دور أديته كان درسًا».";
    List<EntityMention> layer = List.of(mention(text, "هالة البزاز", EntityType.PER, "E5", "هالة البزاز"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct)
        .extracting(Quote::speaker).containsExactly("هالة البزاز", "هالة البزاز");
  }

  @Test
  void aQuoteWithoutLeadInMarkIsNotGivenToTheNextSentencesPerson() {
    // a single full stop ends the quote's own sentence: the person named next did not say it
    String text = "وجاء في البيان: «الطريق مغلق حتى إشعار آخر». وزار المحافظ ماهر الدباغ الموقع مساءً.";
    List<EntityMention> layer = List.of(mention(text, "ماهر الدباغ", EntityType.PER, "E6", "ماهر الدباغ"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isNotEqualTo("ماهر الدباغ"));
  }

  @Test
  void aBareTitleStandsForThePersonIntroducedWithIt() {
    // "وأضاف المتحدث أن": the title alone refers back to the spokesman named earlier, even though a
    // body (the port authority's board) was the last subject of a verb in between
    String text = "وقال المتحدث باسم هيئة الموانئ العقيد رائد الشمايلة إن «الرصيف الجديد سيفتح الشهر المقبل».\n\n"
        + "وقال مجلس إدارة الميناء في بيان إن العمل تأخر أسبوعين.\n\n"
        + "وأضاف المتحدث أن «السفن الكبيرة سترسو فيه دون انتظار».";
    List<EntityMention> layer = List.of(
        mention(text, "رائد الشمايلة", EntityType.PER, "E2", "رائد الشمايلة"),
        mention(text, "مجلس إدارة الميناء", EntityType.ORG, "E3", "مجلس إدارة الميناء"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct)
        .extracting(Quote::speaker).containsExactly("رائد الشمايلة", "رائد الشمايلة");
  }

  @Test
  void aBareTitleDoesNotReachAPersonIntroducedWithAnotherTitle() {
    // only "المدرب" introduced a person; "المتحدث" must not be resolved to the coach
    String text = "وقال المدرب سامي العتال: «الفريق جاهز للمباراة».\n\n"
        + "وقال الاتحاد في بيان: «التذاكر نفدت منذ الصباح».\n\n"
        + "وأضاف المتحدث أن «الأبواب ستفتح قبل ثلاث ساعات من البداية».";
    List<EntityMention> layer = List.of(mention(text, "سامي العتال", EntityType.PER, "E8", "سامي العتال"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).last()
        .satisfies(q -> assertThat(q.speaker()).isNotEqualTo("سامي العتال"));
  }

  @Test
  void aBodyInsideTheRoleIsNotTheSpeaker() {
    // the ORG after "المتحدث باسم" is the role's complement; the speaker is the person after it
    String text = "وقال المتحدث باسم مجلس الشورى يوسف العمراني إن «الجلسة ستعقد في موعدها».";
    List<EntityMention> layer = List.of(mention(text, "مجلس الشورى", EntityType.ORG, "E1", "مجلس الشورى"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("يوسف العمراني");
      assertThat(q.entityId()).isNull();
    });
  }

  @Test
  void aSurnameLinksToTheArticlesFullNameEntity() {
    // the layer recognised only the full name earlier in the article; the surname after the verb links to it
    String text = "استقبل الوزير نادر الصباغ وفد التجار.\n\nوقال الصباغ: «سنراجع الرسوم الجمركية هذا الشهر».";
    List<EntityMention> layer = List.of(mention(text, "نادر الصباغ", EntityType.PER, "E4", "نادر الصباغ"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("نادر الصباغ");
      assertThat(q.entityId()).isEqualTo("E4");
    });
  }

  @Test
  void aMentionThatDisagreesWithTheWrittenNameIsNotTrusted() {
    // a tagger that dropped a letter ("ريم" for "كريم") must not rename the speaker
    String text = "وقال المهندس كريم الحلبي: «المحطة تعمل بكامل طاقتها».";
    int at = text.indexOf("ريم الحلبي");
    EntityMention cut = new EntityMention("ريم الحلبي", EntityType.PER, at, at + "ريم الحلبي".length())
        .resolvedTo("E9", "ريم الحلبي");
    assertThat(extractor.extract(text, List.of(cut))).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("كريم الحلبي");
      assertThat(q.entityId()).isNull();
    });
  }

  @Test
  void subjectBeforeTheVerbAfterKana() {
    // "وكان X قد قال": the subject precedes the verb
    String text = "وكان الحمادي قد قال في مقابلة سابقة إن «المشروع سيكتمل قبل الصيف».";
    assertThat(direct(text)).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("الحمادي"));
  }

  @Test
  void aPersonIntroducedByAnotherVerbIsTheImpliedSpeaker() {
    // "ورفضت X …، وقالت:" — the coordinated reporting verb has no subject of its own; the person
    // mention also bounds the name, which the grammar alone would run into the object "التعليق"
    String text = "وقال المدير سامر العلي: «لن نغلق المصنع».\n\n"
        + "ورفضت الوزيرة هالة النجار التعليق على الخلاف، وقالت: «الملف عند القضاء الآن».";
    List<EntityMention> layer = List.of(mention(text, "هالة النجار", EntityType.PER, "E2", "هالة النجار"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).extracting(Quote::speaker)
        .containsExactly("سامر العلي", "هالة النجار");
  }

  @Test
  void aVerbalNounAfterAPrepositionIsNotAReportingVerb() {
    // "إلى نقل الجرحى": نقل is "transport" here, so the quote stays with the minister
    String text = "وأشارت الوزيرة منى الصافي إلى نقل الجرحى إلى المستشفى، وإلى أن الطواقم «تعمل على مدار الساعة».";
    assertThat(direct(text)).singleElement().satisfies(q -> assertThat(q.speaker()).isEqualTo("منى الصافي"));
  }

  @Test
  void reportedSpeechNeverOverlapsADirectQuote() {
    // "إن «…»، مضيفًا أن …": the clause after إن is the direct quote itself, so the only reported
    // quote is the participle's clause, and no quote text carries a stray mark
    String text = "وقال رئيس البلدية فريد الكافي إن «الأشغال انتهت»، مضيفًا أن الطريق سيفتح يوم الأحد.";
    List<Quote> quotes = extract(text);
    assertThat(quotes).filteredOn(Quote::direct).extracting(Quote::text).containsExactly("الأشغال انتهت");
    assertThat(quotes).filteredOn(q -> !q.direct()).extracting(Quote::text)
        .containsExactly("الطريق سيفتح يوم الأحد");
    assertThat(quotes).allSatisfy(q -> assertThat(q.text()).doesNotContain("«", "»"));
  }

  @Test
  void aMentionRunningOverTheTitlePhraseIsNotTheSpeakersEntity() {
    // the layer glued the club named in the title phrase onto the name ("مدرب الأمل سامي الحجار")
    // and the resolver kept it in the canonical name, which the surname later resolves to; the
    // speaker is the name the grammar read, which the later surname continues
    String text = "وقال مدرب الأمل سامي الحجار: «سنلعب من أجل الفوز».\n\n"
        + "وأكد مدرب الأمل الجديد الحجار أن الفريق «جاهز تماما للمباراة».";
    int surname = text.lastIndexOf("الحجار");
    List<EntityMention> layer = List.of(
        mention(text, "الأمل سامي الحجار", EntityType.PER, "E5", "الأمل سامي الحجار"),
        new EntityMention("الحجار", EntityType.PER, surname, surname + "الحجار".length())
            .resolvedTo("E5", "الأمل سامي الحجار"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).extracting(Quote::speaker, Quote::entityId)
        .containsExactly(Tuple.tuple("سامي الحجار", null),
            Tuple.tuple("سامي الحجار", null));
  }

  @Test
  void aFamilyNameTheLayerLeftOutJoinsTheGivenName() {
    // the layer marked only the given name; the definite word closing the subject before the comma
    // is the family name, and the entity named by the given name alone is not the speaker's
    String text = "وقال ياسين الجزار، وهو صياد من المدينة: «البحر لم يعد كما كان».";
    List<EntityMention> layer = List.of(mention(text, "ياسين", EntityType.PER, "E6", "ياسين"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("ياسين الجزار");
      assertThat(q.entityId()).isNull();
    });
  }

  @Test
  void aNameWrittenJoinedLinksToItsSpacedEntity() {
    // "عزالدين" in the text, "عز الدين" in the resolver's canonical name: one name
    String text = "وقال عزالدين الكبير: «نرفض الشروط الجديدة».";
    List<EntityMention> layer = List.of(mention(text, "عزالدين الكبير", EntityType.PER, "E8", "عز الدين الكبير"));
    assertThat(extractor.extract(text, layer)).filteredOn(Quote::direct).singleElement().satisfies(q -> {
      assertThat(q.speaker()).isEqualTo("عز الدين الكبير");
      assertThat(q.entityId()).isEqualTo("E8");
    });
  }
}
