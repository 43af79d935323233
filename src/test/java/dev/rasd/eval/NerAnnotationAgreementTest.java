package dev.rasd.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.entity.BioLabel;
import dev.rasd.entity.ConllCorpus;
import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerAnnotationAgreementTest {

  /** Builds a sentence from "word/TAG" items, TAG one of O, B-PER, I-PER, B-LOC, B-ORG, I-ORG. */
  private static ConllCorpus.Sentence sentence(String... items) {
    List<String> words = new ArrayList<>();
    List<BioLabel> labels = new ArrayList<>();
    for (String item : items) {
      int slash = item.lastIndexOf('/');
      words.add(item.substring(0, slash));
      String tag = item.substring(slash + 1);
      labels.add(tag.equals("O") ? BioLabel.O
          : BioLabel.parse(tag.substring(0, 1), EntityType.valueOf(tag.substring(2))));
    }
    return new ConllCorpus.Sentence(words, labels);
  }

  @Test
  void aCliticSplitOffInOneFileIsNotADisagreement() {
    // One file writes "وصل الوفد لروسيا" with the clitic split off, the other keeps it on the word.
    var split = sentence("وصل/O", "الوفد/O", "ل/O", "روسيا/B-LOC");
    var joined = sentence("وصل/O", "الوفد/O", "لروسيا/B-LOC");

    NerAnnotationAgreement.Result r = NerAnnotationAgreement.compare(List.of(split), List.of(joined));

    assertThat(r.paired()).isEqualTo(1);
    assertThat(r.scores().prf(null).f1()).isEqualTo(1.0);
  }

  @Test
  void differentBoundariesTypesAndUnpairedSentencesCount() {
    // The same sentence with a longer organisation in the gold and a person typed as a place;
    // a third sentence exists only in the scored file and is skipped.
    var scored = List.of(
        sentence("قال/O", "وزير/O", "المالية/O", "سامر/B-LOC", "النعيمي/I-LOC"),
        sentence("أعلنت/O", "وزارة/B-ORG", "الصحة/I-ORG", "الأردنية/O"),
        sentence("جملة/O", "أخرى/O"));
    var gold = List.of(
        sentence("قال/O", "وزير/O", "المالية/O", "سامر/B-PER", "النعيمي/I-PER"),
        sentence("أعلنت/O", "وزارة/B-ORG", "الصحة/I-ORG", "الأردنية/I-ORG"));

    NerAnnotationAgreement.Result r = NerAnnotationAgreement.compare(scored, gold);

    assertThat(r.paired()).isEqualTo(2);
    assertThat(r.sentencesA()).isEqualTo(3);
    assertThat(r.scores().prf(null).correct()).isZero();
    assertThat(r.scores().prf(null).gold()).isEqualTo(2);
    assertThat(r.scores().prf(null).predicted()).isEqualTo(2);
  }

  @Test
  void onlyCliticLettersMayLieBetweenTwoStarts() {
    assertThat(NerAnnotationAgreement.sameBarClitics("وبغداد", 0, 1)).isTrue();
    assertThat(NerAnnotationAgreement.sameBarClitics("وبغداد", 0, 2)).isTrue();
    assertThat(NerAnnotationAgreement.sameBarClitics("الموصل", 0, 2)).isFalse();
    assertThat(NerAnnotationAgreement.sameBarClitics("وبلندن", 0, 3)).isFalse();
  }
}
