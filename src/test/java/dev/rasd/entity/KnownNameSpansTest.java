package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Re-cutting spans against known person names; the sentences were written for Rasd. */
class KnownNameSpansTest {
  private static final EntityLexicon LEXICON = EntityLexicon.bundled();

  private static EntityMention at(String text, String surface, EntityType type) {
    int s = text.indexOf(surface);
    return new EntityMention(surface, type, s, s + surface.length());
  }

  private static List<String> recut(String text, Set<String> registry, EntityMention... ms) {
    KnownNameSpans spans = new KnownNameSpans(LEXICON, registry::contains);
    List<String> out = new ArrayList<>();
    for (EntityMention m : spans.recut(List.of(ms), text)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      out.add(m.type() + ":" + m.text());
    }
    return out;
  }

  @Test
  void aSurnameGluedAfterAPrepositionalNounIsSplitOff() {
    // "للمؤسسة" + surname: the tagger took both as one organisation; the surname is known from the
    // person's full name earlier in the article, and the lone noun is dropped.
    String text = "قال رياض الشابي إن العقد جديد. وقال المدير العام للمؤسسة الشابي إن الأرباح زادت.";
    List<String> got = recut(text, Set.of(), at(text, "رياض الشابي", EntityType.PER),
        at(text, "لمؤسسة الشابي", EntityType.ORG));
    assertThat(got).containsExactly("PER:رياض الشابي", "PER:الشابي");
  }

  @Test
  void aKnownFullNameGluedAfterAClubKeepsTheClub() {
    // A club followed by its coach's full name, known from the registry.
    String text = "وقال مدرب نادي الوفاق ماريو بنتو إن الفريق جاهز.";
    String registry = NameForm.of("ماريو بنتو", EntityType.PER, LEXICON).compact();
    List<String> got = recut(text, Set.of(registry), at(text, "نادي الوفاق ماريو بنتو", EntityType.ORG));
    assertThat(got).containsExactly("ORG:نادي الوفاق", "PER:ماريو بنتو");
  }

  @Test
  void aNisbaOrAPlaceIsNotSplitOffAsASurname() {
    // A person whose surname is a nisba; the same adjective after an army is not that person.
    String text = "قال سعيد الليبي إن الطريق مفتوح. وأعلن الجيش الوطني الليبي النفير.";
    List<String> got = recut(text, Set.of(), at(text, "سعيد الليبي", EntityType.PER),
        at(text, "الجيش الوطني الليبي", EntityType.ORG));
    assertThat(got).containsExactly("PER:سعيد الليبي", "ORG:الجيش الوطني الليبي");
  }

  @Test
  void aPersonCutOneWordShortIsCompleted() {
    // The tagger stopped after the compound first name; the registry knows the full name.
    String text = "وأكد العقيد عبدالرزاق الورفلي أن المعبر مغلق.";
    String registry = NameForm.of("عبد الرزاق الورفلي", EntityType.PER, LEXICON).compact();
    List<String> got = recut(text, Set.of(registry), at(text, "عبدالرزاق", EntityType.PER));
    assertThat(got).containsExactly("PER:عبدالرزاق الورفلي");
    // Unknown continuation: left alone.
    assertThat(recut(text, Set.of(), at(text, "عبدالرزاق", EntityType.PER))).containsExactly("PER:عبدالرزاق");
  }

  @Test
  void aGivenNameBeforeAKnownNameIsPartOfIt() {
    // "محمد" + a known two-word name: a longer name of someone else, not a glued span.
    String text = "وقال محمد علي الفيتوري إن الاجتماع انتهى.";
    String registry = NameForm.of("علي الفيتوري", EntityType.PER, LEXICON).compact();
    assertThat(recut(text, Set.of(registry), at(text, "محمد علي الفيتوري", EntityType.PER)))
        .containsExactly("PER:محمد علي الفيتوري");
  }
}
