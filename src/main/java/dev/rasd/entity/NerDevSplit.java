package dev.rasd.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A reproducible development split of a training corpus, so that tagger settings are chosen
 * without looking at the test set. Sentences are grouped in blocks of {@link #BLOCK} consecutive
 * sentences and a block is held out when {@code floor((b + 1) * share) > floor(b * share)}: an
 * even, deterministic spread of whole blocks that holds out {@code share} of them. Whole blocks
 * rather than single sentences because a news corpus runs article by article, and an article
 * repeats its names: a sentence-level split would let the model meet the dev names in training
 * and overstate what it does on unseen articles, as the test set is.
 */
public final class NerDevSplit {
  static final int BLOCK = 50;

  /** The sentences to train on and the held-out ones to measure on. */
  public record Split(List<ConllCorpus.Sentence> train, List<ConllCorpus.Sentence> dev) {
  }

  private NerDevSplit() {
  }

  /** Splits {@code corpus}, holding out a {@code share} in (0, 1) of its blocks. */
  public static Split of(List<ConllCorpus.Sentence> corpus, double share) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("dev share must be between 0 and 1 (exclusive), got " + share);
    }
    List<ConllCorpus.Sentence> train = new ArrayList<>();
    List<ConllCorpus.Sentence> dev = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      int b = i / BLOCK;
      boolean held = Math.floor((b + 1) * share) > Math.floor(b * share);
      (held ? dev : train).add(corpus.get(i));
    }
    return new Split(train, dev);
  }
}
