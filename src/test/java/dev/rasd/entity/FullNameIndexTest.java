package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullNameIndexTest {
  private static final EntityLexicon LEXICON = EntityLexicon.bundled();

  // Names written for Rasd: a two-word name with a misspelt surname (vowel dropped), the same
  // person with a middle name (three words: only first and last must be close), a person sharing
  // nothing, a much longer name, and an organisation spelt like a person (type must separate them).
  private static final List<String> REGISTRY = List.of("خليفة حفتر", "خليفه بلقاسم حفتر", "احمد المسماري",
      "عبد الرحمن بن عبد العزيز ال سعود", "خليفة حفتر");

  private static boolean fuzzyMatch(NameForm a, NameForm b) {
    if (a.size() < 2 || b.size() < 2) {
      return false;
    }
    return a.size() == b.size() ? NameVariantResolver.close(a.compact(), b.compact())
        : NameVariantResolver.close(a.first(), b.first()) && NameVariantResolver.close(a.last(), b.last());
  }

  @Test
  void candidatesIncludeEveryFuzzyMatchOfTheSameTypeAndNothingOfAnother() {
    FullNameIndex<String> index = new FullNameIndex<>();
    List<NameForm> forms = new ArrayList<>();
    for (int i = 0; i < REGISTRY.size(); i++) {
      NameForm f = NameForm.of(REGISTRY.get(i), EntityType.PER, LEXICON);
      forms.add(f);
      index.add(EntityType.PER, new FullNameIndex.Entry<>("P" + i, i, 0, f));
    }
    index.add(EntityType.ORG, new FullNameIndex.Entry<>("O", 99, 0, NameForm.of("خليفة حفتر", EntityType.ORG, LEXICON)));
    for (String query : List.of("خليفة حفتير", "خليفه حفتر", "احمد المسمارى", "خليفة ابو القاسم حفتر", "سالم الورشفاني")) {
      NameForm q = NameForm.of(query, EntityType.PER, LEXICON);
      List<String> got = index.candidates(EntityType.PER, q).stream().map(FullNameIndex.Entry::node).toList();
      for (int i = 0; i < forms.size(); i++) {
        if (fuzzyMatch(q, forms.get(i))) {
          assertThat(got).as(query).contains("P" + i);
        }
      }
      assertThat(got).doesNotContain("O");
    }
    // A short foreign name ("لي يو") is too short to be within budget of any name in the registry.
    assertThat(index.candidates(EntityType.PER, NameForm.of("لي يو", EntityType.PER, LEXICON))).isEmpty();
  }

  @Test
  void entriesOrderByRegistryThenFormOrder() {
    NameForm f = NameForm.of("خليفة حفتر", EntityType.PER, LEXICON);
    assertThat(new FullNameIndex.Entry<>("a", 1, 3, f)).isLessThan(new FullNameIndex.Entry<>("b", 2, 0, f));
    assertThat(new FullNameIndex.Entry<>("a", 2, 0, f)).isLessThan(new FullNameIndex.Entry<>("a", 2, 1, f));
  }
}
