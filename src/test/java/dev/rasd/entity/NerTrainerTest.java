package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  // A tiny corpus written for Rasd: persons after titles, places after "في", an organisation
  // opened by "وزارة"; enough for the perceptron to fit and for determinism to be checked.
  private static List<ConllCorpus.Sentence> corpus() {
    List<ConllCorpus.Sentence> out = new ArrayList<>();
    String[][] rows = {
        {"قال O", "الرئيس O", "سمير B-PER", "ناصر I-PER", "في O", "تونس B-GPE", ". O"},
        {"زار O", "الوزير O", "كمال B-PER", "حداد I-PER", "مقر O", "وزارة B-ORG", "المالية I-ORG", ". O"},
        {"وصل O", "الوفد O", "إلى O", "عمان B-GPE", "ثم O", "بيروت B-GPE", ". O"},
    };
    for (String[] r : rows) {
      List<String> words = new ArrayList<>();
      List<BioLabel> labels = new ArrayList<>();
      for (String cell : r) {
        String[] p = cell.split(" ");
        words.add(p[0]);
        labels.add(ConllCorpus.label(p[1]));
      }
      out.add(new ConllCorpus.Sentence(words, labels));
    }
    return out;
  }

  private static NerModel trained(float oPenalty) {
    return new NerTrainer(EntityLexicon.bundled()).train(corpus(), new NerTrainer.Options(8, 7L, 0.3, 2, oPenalty, 0.1f), line -> { });
  }

  private static byte[] trainedBytes() throws IOException {
    NerModel model = trained(1.5f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    return bytes.toByteArray();
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    assertThat(trainedBytes()).isEqualTo(trainedBytes());
  }

  @Test
  void modelFitsItsTrainingDataAfterARoundTrip() throws IOException {
    NerModel model = NerModel.read(new ByteArrayInputStream(trainedBytes()));
    NerTagger tagger = new NerTagger(model, EntityLexicon.bundled());
    for (ConllCorpus.Sentence s : corpus()) {
      String[] keys = s.words().stream().map(NerTagger::tokenKey).toArray(String[]::new);
      assertThat(tagger.tag(keys)).containsExactlyElementsOf(s.labels());
    }
    assertThat(model.isNameWord("سمير")).isTrue();
    assertThat(model.isNameWord("قال")).isFalse();
    assertThat(model.oPenalty()).isEqualTo(1.5f);
  }

  @Test
  void smallWeightsAreLeftOutOfTheModelFile() throws IOException {
    NerModel full = new NerTrainer(EntityLexicon.bundled()).train(corpus(), new NerTrainer.Options(8, 7L, 0.3, 1, 0f, 0f), line -> { });
    NerModel pruned = new NerTrainer(EntityLexicon.bundled()).train(corpus(), new NerTrainer.Options(8, 7L, 0.3, 1, 0f, 0.5f), line -> { });
    assertThat(roundTrip(pruned).features()).isPositive().isLessThan(roundTrip(full).features());
  }

  private static NerModel roundTrip(NerModel model) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    return NerModel.read(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void aPenaltyOnOTurnsCautiousOutsForUnseenWordsIntoEntities() {
    // Unseen words in a context the corpus never shows: the plain model leaves them O, and a
    // penalty far above any learnt weight leaves no O at all.
    String[] keys = {"شاهد", "زخارف", "بديعه"};
    assertThat(new NerTagger(trained(0f), EntityLexicon.bundled()).tag(keys)).contains(BioLabel.O);
    assertThat(new NerTagger(trained(1e6f), EntityLexicon.bundled()).tag(keys)).doesNotContain(BioLabel.O);
  }

  @Test
  void tagMappingFoldsPlacesAndDropsOtherClasses() {
    assertThat(ConllCorpus.label("B-GPE")).isEqualTo(BioLabel.B_LOC);
    assertThat(ConllCorpus.label("I-FAC")).isEqualTo(BioLabel.I_LOC);
    assertThat(ConllCorpus.label("B-PERS")).isEqualTo(BioLabel.B_PER);
    assertThat(ConllCorpus.label("B-MISC")).isEqualTo(BioLabel.O);
    assertThat(ConllCorpus.label("I-PRO")).isEqualTo(BioLabel.O);
  }

  @Test
  void peopleGroupsAreNotPersons() {
    assertThat(NerTrainer.isPeopleGroup("المسلمين")).isTrue();
    assertThat(NerTrainer.isPeopleGroup("الفلسطينيين")).isTrue();
    assertThat(NerTrainer.isPeopleGroup("بوتين")).isFalse();
  }
}
