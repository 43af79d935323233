package dev.rasd.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerDevSplitTest {
  // One-token sentences numbered by position, so that membership and order can be read off the words.
  private static List<ConllCorpus.Sentence> numbered(int n) {
    List<ConllCorpus.Sentence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ConllCorpus.Sentence(List.of(Integer.toString(i)), List.of(BioLabel.O)));
    }
    return out;
  }

  private static List<Integer> ids(List<ConllCorpus.Sentence> sentences) {
    return sentences.stream().map(s -> Integer.parseInt(s.words().getFirst())).toList();
  }

  @Test
  void everySentenceLandsOnExactlyOneSideInCorpusOrder() {
    NerDevSplit.Split split = NerDevSplit.of(numbered(1000), 0.15);
    List<Integer> all = new ArrayList<>(ids(split.train()));
    all.addAll(ids(split.dev()));
    assertThat(all).hasSize(1000).doesNotHaveDuplicates();
    assertThat(ids(split.dev())).isSorted();
    assertThat(ids(split.train())).isSorted();
  }

  @Test
  void holdsOutWholeBlocksInTheRequestedShare() {
    NerDevSplit.Split split = NerDevSplit.of(numbered(40 * NerDevSplit.BLOCK), 0.25);
    assertThat(split.dev()).hasSize(10 * NerDevSplit.BLOCK);
    for (int id : ids(split.dev())) {
      int blockStart = id - id % NerDevSplit.BLOCK;
      assertThat(ids(split.dev())).contains(blockStart, blockStart + NerDevSplit.BLOCK - 1);
    }
  }

  @Test
  void isReproducible() {
    assertThat(ids(NerDevSplit.of(numbered(777), 0.1).dev())).isEqualTo(ids(NerDevSplit.of(numbered(777), 0.1).dev()));
  }

  @Test
  void rejectsAShareOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> NerDevSplit.of(numbered(10), 1.0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0");
    assertThatThrownBy(() -> NerDevSplit.of(numbered(10), 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
