package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityType;
import org.junit.jupiter.api.Test;

/** Canonical choice over counted names; every name below was made up for Rasd. */
class CanonicalNameTest {
  private static final EntityLexicon LEXICON = EntityLexicon.bundled();

  private static CanonicalName names(EntityType type, String... surfaces) {
    CanonicalName c = new CanonicalName(type);
    for (String s : surfaces) {
      c.add(s, NameForm.of(s, type, LEXICON));
    }
    return c;
  }

  @Test
  void aSurnameWithAParticleIsNotAFullName() {
    // "عبد المجيد" is one name word after the particle joins: a surname alone, however frequent.
    CanonicalName c = names(EntityType.PER, "عبد المجيد", "عبد المجيد", "عبد المجيد", "نبيل عبد المجيد");
    assertThat(c.get()).isEqualTo("نبيل عبد المجيد");
  }

  @Test
  void theFullNameStandsForItsShortFormsEvenWhenRarer() {
    // Introduced once with the father's name, then shortened: the long form accounts for all mentions.
    CanonicalName c = names(EntityType.PER, "سامر بن فهد العتيبي", "سامر العتيبي", "سامر العتيبي", "العتيبي");
    assertThat(c.get()).isEqualTo("سامر بن فهد العتيبي");
  }

  @Test
  void aGluedSpanKeepingNeitherEndClaimsNothing() {
    // The tagger ran a name into the next clause once; it neither keeps the surname nor is frequent.
    CanonicalName c = names(EntityType.PER, "وليد الكبسي", "وليد الكبسي", "الكبسي", "وليد الكبسي يستقبل رامي");
    assertThat(c.get()).isEqualTo("وليد الكبسي");
  }

  @Test
  void anOrganisationIsNamedByItsQualifiedForm() {
    // A body named in full once and by its head afterwards.
    CanonicalName c = names(EntityType.ORG, "البنك المركزي", "البنك المركزي التونسي", "البنك المركزي", "البنك المركزي");
    assertThat(c.get()).isEqualTo("البنك المركزي التونسي");
  }

  @Test
  void spellingVariantsPoolAndShowTheCommonerSpelling() {
    // Alef maqsura/yeh and spacing variants of one name are one form; its common surface is shown.
    CanonicalName c = names(EntityType.PER, "مصطفى عبدالغني", "مصطفي عبد الغني", "مصطفى عبدالغني", "هادي سالم", "هادي سالم");
    assertThat(c.get()).isEqualTo("مصطفى عبدالغني");
  }

  @Test
  void twoSpellingsSeenEquallyOftenShowTheFirst() {
    // One outlet writes the final yeh, a later one the alef maqsura: the introducing spelling stays.
    CanonicalName c = names(EntityType.PER, "لمى الزعبي", "لمى الزعبى");
    assertThat(c.get()).isEqualTo("لمى الزعبي");
    assertThat(names(EntityType.PER, "لمى الزعبى", "لمى الزعبي").get()).isEqualTo("لمى الزعبى");
  }
}
