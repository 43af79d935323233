package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CliticJoinerTest {
  private static ConllCorpus.Sentence sentence(List<String> words, List<BioLabel> labels) {
    return new ConllCorpus.Sentence(words, labels);
  }

  // Fixture (written for Rasd) in the split spelling of the training corpus: a conjunction before
  // a verb, a pronoun suffix after a particle and after a teh-marbuta noun, ل before a definite
  // organisation (its alef elided when glued), and و before a number, which print keeps apart.
  @Test
  void splitCliticsAreGluedAsPrintSpellsThem() {
    ConllCorpus.Sentence split = sentence(
        List.of("و", "قال", "ان", "ه", "سلم", "رسالة", "ه", "ل", "الاتحاد", "الافريقي", "و", "3"),
        List.of(BioLabel.O, BioLabel.O, BioLabel.O, BioLabel.O, BioLabel.O, BioLabel.O, BioLabel.O,
            BioLabel.O, BioLabel.B_ORG, BioLabel.I_ORG, BioLabel.O, BioLabel.O));
    ConllCorpus.Sentence joined = CliticJoiner.join(split);
    assertThat(joined.words()).containsExactly("وقال", "انه", "سلم", "رسالته", "للاتحاد", "الافريقي", "و", "3");
    assertThat(joined.labels()).containsExactly(BioLabel.O, BioLabel.O, BioLabel.O, BioLabel.O, BioLabel.B_ORG,
        BioLabel.I_ORG, BioLabel.O, BioLabel.O);
  }

  // Fixture: a wire-agency acronym spelt as separate letters inside a span stays as it is.
  @Test
  void lettersInsideASpanStaySeparate() {
    ConllCorpus.Sentence acronym = sentence(List.of("د", "ب", "ا"), List.of(BioLabel.B_ORG, BioLabel.I_ORG, BioLabel.I_ORG));
    assertThat(CliticJoiner.join(acronym)).isEqualTo(acronym);
  }
}
