package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLexiconTest {
  private static final EntityLexicon LEXICON = EntityLexicon.bundled();

  private static String[] keys(String text) {
    return Arrays.stream(text.split(" ")).map(NerTagger::tokenKey).toArray(String[]::new);
  }

  @Test
  void organisationMarksTakeTheLongestNameWithAClitic() {
    // Fixture: the Security Council with و glued to its head and the longer "الدولي" form.
    String[] k = keys("وقال ومجلس الأمن الدولي أمس");
    byte[] marks = LexiconMarks.mark(LEXICON.organisations(), k, NerFeatures.readingsOf(k));
    assertThat(marks).containsExactly(0, LexiconMarks.BEGIN, LexiconMarks.INSIDE, LexiconMarks.INSIDE, 0);
  }

  @Test
  void surnamesComeFromPublicFiguresButNotRegnalOrdinals() {
    assertThat(LEXICON.people().contains(EntityLexicon.phraseKey("أنجيلا ميركل"))).isTrue();
    assertThat(LEXICON.surnames().contains(EntityLexicon.phraseKey("ميركل"))).isTrue();
    assertThat(LEXICON.surnames().contains(EntityLexicon.phraseKey("الثاني"))).isFalse();
  }

  @Test
  void givenNamesIncludeForeignNamesInArabicScript() {
    assertThat(LEXICON.givenNames().contains(EntityLexicon.phraseKey("فولفغانغ"))).isTrue();
    assertThat(LEXICON.givenNames().contains(EntityLexicon.phraseKey("أسماء"))).isFalse();
  }

  @Test
  void hiddenTokensLoseTheirIdentityButKeepTheirAffixes() {
    // Fixture: two one-word sentences with different foreign names. Hidden, their word features
    // agree; shown, they differ.
    NerFeatures a = new NerFeatures(LEXICON, Vocabulary.learn(List.of()));
    NerFeatures b = new NerFeatures(LEXICON, Vocabulary.learn(List.of()));
    String[] first = keys("كارلوس");
    String[] second = keys("ماركوس");
    a.load(first, NerFeatures.readingsOf(first), new boolean[] {true});
    b.load(second, NerFeatures.readingsOf(second), new boolean[] {true});
    assertThat(a.buffer()[a.offset(0) + 1]).isEqualTo(b.buffer()[b.offset(0) + 1]);
    a.load(first, NerFeatures.readingsOf(first), new boolean[] {false});
    b.load(second, NerFeatures.readingsOf(second), new boolean[] {false});
    assertThat(a.buffer()[a.offset(0) + 1]).isNotEqualTo(b.buffer()[b.offset(0) + 1]);
  }
}
