package dev.rasd.cli;

import dev.rasd.entity.ConllCorpus;
import dev.rasd.entity.EntityLexicon;
import dev.rasd.entity.NerDevSplit;
import dev.rasd.entity.NerModel;
import dev.rasd.entity.NerTagger;
import dev.rasd.entity.NerTrainer;
import dev.rasd.eval.NerEvaluation;
import dev.rasd.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd eval ner}: entity-level P/R/F1 of the tagger against a gold CoNLL file or a dev split. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score the named-entity tagger on a gold IOB2 CoNLL file (exact entity match, per type and micro).",
    footer = {"", "Examples:",
        "  rasd eval ner --gold ../shared/data/ner/test.conll",
        "  rasd eval ner --train ../shared/data/ner/train.conll --holdout 0.15",
        "  rasd eval ner --gold ../shared/data/ner/test.conll --train ../shared/data/ner/anercorp-train.conll",
        "--train trains a throw-away model in memory (nothing is written) with the training options.",
        "--holdout keeps a share of --train's sentences (whole blocks of 50) out of training",
        "and scores the model on them: choose settings there, not on the test set."})
public final class EvalNerCommand implements Callable<Integer> {
  private static final String NAME = "rasd eval ner";

  @Option(names = "--gold", description = "gold IOB2 CoNLL file")
  Path gold;

  @Option(names = "--model", description = "model file (default: the bundled model)")
  Path modelFile;

  @Option(names = "--train", description = "train a model in memory on this CoNLL file instead of loading one")
  Path train;

  @Option(names = "--holdout", description = "share of --train's sentences held out as a dev set and scored, between 0 and 1")
  Double holdout;

  @Mixin
  NerTrainingOptions training = new NerTrainingOptions();

  @Override
  public Integer call() {
    if (gold == null && holdout == null) {
      System.err.println(NAME + ": give --gold, or --train with --holdout");
      return 2;
    }
    if (holdout != null && (train == null || !(holdout > 0 && holdout < 1))) {
      System.err.println(NAME + ": --holdout needs --train and a share between 0 and 1, got " + holdout);
      return 2;
    }
    NerTrainer.Options options = training.toOptions(NAME);
    if (options == null) {
      return 2;
    }
    try {
      List<ConllCorpus.Sentence> dev = List.of();
      NerTagger tagger;
      if (train != null) {
        List<ConllCorpus.Sentence> data = ConllCorpus.read(train);
        if (holdout != null) {
          NerDevSplit.Split split = NerDevSplit.of(data, holdout);
          data = split.train();
          dev = split.dev().stream().map(NerTrainer::asLearnt).toList();
        }
        NerModel model = new NerTrainer(EntityLexicon.bundled()).train(data, options, line -> { });
        tagger = new NerTagger(model, EntityLexicon.bundled());
      } else {
        tagger = loaded();
      }
      if (!dev.isEmpty()) {
        System.out.println("dev: " + dev.size() + " sentences held out of " + train);
        score(tagger, dev);
      }
      if (gold != null) {
        System.out.println("gold: " + gold);
        score(tagger, ConllCorpus.read(gold));
      }
      return 0;
    } catch (IOException e) {
      System.err.println(NAME + ": " + Problems.reading(e));
      return 2;
    }
  }

  private static void score(NerTagger tagger, List<ConllCorpus.Sentence> sentences) {
    long t0 = System.nanoTime();
    String report = NerEvaluation.evaluate(tagger, sentences).report(Map.of(EntityType.PER, "PERS"));
    long tokens = sentences.stream().mapToLong(s -> s.words().size()).sum();
    System.out.print(report);
    System.out.printf("%d sentences, %d tokens, %.0f tokens/s including scoring%n",
        sentences.size(), tokens, tokens / ((System.nanoTime() - t0) / 1e9));
  }

  private NerTagger loaded() throws IOException {
    if (modelFile != null) {
      try (InputStream in = Files.newInputStream(modelFile)) {
        return new NerTagger(NerModel.read(in), EntityLexicon.bundled());
      }
    }
    return NerTagger.bundled();
  }
}
