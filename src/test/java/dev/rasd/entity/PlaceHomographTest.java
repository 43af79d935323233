package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rasd.model.EntityMention;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Amman (عمّان) and Oman (عُمان) share one key once diacritics are dropped. */
class PlaceHomographTest {
  private static final PlaceGazetteer PLACES = EntityLexicon.bundled().places();
  private static final double AMMAN_LAT = 31.95;
  private static final double OMAN_LAT = 21.0;

  @Test
  void theShaddaNamesAmmanWhateverTheArticleSays() {
    Place p = PLACES.resolve("عمان", "عمّان", Set.of("مسقط"));
    assertThat(p.lat()).isCloseTo(AMMAN_LAT, within(0.05));
    assertThat(p.lon()).isCloseTo(35.93, within(0.05));
  }

  @Test
  void theShaddaWithAVowelAndAClitic() {
    // Shadda followed by fatha, and the preposition ب glued to the name: "بعمَّان".
    assertThat(PLACES.resolve("عمان", "بعمَّان", Set.of()).lat()).isCloseTo(AMMAN_LAT, within(0.05));
  }

  @Test
  void bareSpellingIsOmanWithoutJordanianContext() {
    assertThat(PLACES.resolve("عمان", "عمان", Set.of("قال", "الوزير")).lat()).isCloseTo(OMAN_LAT, within(0.05));
    // Oman written with its damma only: no shadda, still Oman.
    assertThat(PLACES.resolve("عمان", "عُمان", Set.of()).lat()).isCloseTo(OMAN_LAT, within(0.05));
  }

  @Test
  void bareSpellingIsAmmanWhenTheArticleIsAboutJordan() {
    assertThat(PLACES.resolve("عمان", "عمان", Set.of("بالاردن", "الوزير")).lat()).isCloseTo(AMMAN_LAT, within(0.05));
    assertThat(PLACES.resolve("عمان", "عمان", Set.of("والاردنيه")).lat()).isCloseTo(AMMAN_LAT, within(0.05));
    assertThat(PLACES.resolve("عمان", "عمان", Set.of("اربد")).lat()).isCloseTo(AMMAN_LAT, within(0.05));
  }

  @Test
  void omaniCuesOutweighJordanianOnes() {
    assertThat(PLACES.resolve("عمان", "عمان", Set.of("الاردن", "سلطنه")).lat()).isCloseTo(OMAN_LAT, within(0.05));
    assertThat(PLACES.resolve("عمان", "عمان", Set.of("الاردني", "العماني")).lat()).isCloseTo(OMAN_LAT, within(0.05));
  }

  @Test
  void otherPlacesAreUnaffected() {
    assertThat(PLACES.resolve("القاهره", "القاهرة", Set.of("الاردن")).lat()).isCloseTo(30.0, within(0.2));
  }

  private static EntityMention located(List<EntityMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + ms));
  }

  @Test
  void recognizerPlacesAmmanByItsShadda() {
    // Fixture (written for Rasd): Amman spelled with its shadda in a sentence with no other cue.
    List<EntityMention> ms = new EntityRecognizer().recognize("وصل الوفد إلى عمّان مساء أمس لإجراء محادثات.", "");
    assertThat(located(ms, "عمّان").lat()).isCloseTo(AMMAN_LAT, within(0.05));
  }

  @Test
  void recognizerPlacesBareAmmanByJordanianContext() {
    // Fixture (written for Rasd): bare عمان in a story whose other sentence names Jordan's king.
    List<EntityMention> ms = new EntityRecognizer().recognize(
        "استقبل العاهل الأردني الوفد في قصره. وقال مصدر في عمان إن المحادثات ستتواصل.", "");
    assertThat(located(ms, "عمان").lat()).isCloseTo(AMMAN_LAT, within(0.05));
  }

  @Test
  void recognizerKeepsOmanInAnOmaniStory() {
    // Fixture (written for Rasd): the Sultanate named in full, then عمان alone.
    List<EntityMention> ms = new EntityRecognizer().recognize(
        "أعلنت سلطنة عمان عن خطة جديدة. وقال مسؤول إن عمان ستستضيف الاجتماع.", "");
    assertThat(ms.stream().filter(m -> m.text().equals("عمان")).toList())
        .isNotEmpty().allSatisfy(m -> assertThat(m.lat()).isCloseTo(OMAN_LAT, within(0.05)));
  }
}
