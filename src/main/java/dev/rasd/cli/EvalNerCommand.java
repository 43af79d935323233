package dev.rasd.cli;

import dev.rasd.entity.ConllCorpus;
import dev.rasd.entity.EntityLexicon;
import dev.rasd.entity.NerModel;
import dev.rasd.entity.NerTagger;
import dev.rasd.entity.NerTrainer;
import dev.rasd.eval.NerEvaluation;
import dev.rasd.model.EntityType;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval ner}: entity-level P/R/F1 of the tagger against a gold CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Score the named-entity tagger on a gold IOB2 CoNLL file (exact entity match, per type and micro).",
    footer = {"", "Examples:",
        "  rasd eval ner --gold ../shared/data/ner/test.conll",
        "  rasd eval ner --gold ../shared/data/ner/test.conll --train ../shared/data/ner/anercorp-train.conll",
        "--train trains a throw-away model in memory (for comparisons; nothing is written)."})
public final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, description = "gold IOB2 CoNLL file")
  Path gold;

  @Option(names = "--model", description = "model file (default: the bundled model)")
  Path modelFile;

  @Option(names = "--train", description = "train a model in memory on this CoNLL file instead of loading one")
  Path train;

  @Override
  public Integer call() {
    try {
      List<ConllCorpus.Sentence> sentences = ConllCorpus.read(gold);
      NerTagger tagger = tagger();
      long t0 = System.nanoTime();
      String report = NerEvaluation.evaluate(tagger, sentences)
          .report(Map.of(EntityType.PER, "PERS"));
      long tokens = sentences.stream().mapToLong(s -> s.words().size()).sum();
      System.out.print(report);
      System.out.printf("%d sentences, %d tokens, %.0f tokens/s including scoring%n",
          sentences.size(), tokens, tokens / ((System.nanoTime() - t0) / 1e9));
      return 0;
    } catch (IOException e) {
      System.err.println("rasd eval ner: " + (e instanceof NoSuchFileException ? "file not found: " + e.getMessage() : e.getMessage()));
      return 2;
    }
  }

  private NerTagger tagger() throws IOException {
    if (train != null) {
      NerModel model = new NerTrainer(EntityLexicon.bundled())
          .train(ConllCorpus.read(train), NerTrainer.Options.defaults(), line -> { });
      return new NerTagger(model, EntityLexicon.bundled());
    }
    if (modelFile != null) {
      try (InputStream in = Files.newInputStream(modelFile)) {
        return new NerTagger(NerModel.read(in), EntityLexicon.bundled());
      }
    }
    return NerTagger.bundled();
  }
}
