package dev.rasd.cli;

import dev.rasd.entity.ConllCorpus;
import dev.rasd.entity.EntityLexicon;
import dev.rasd.entity.NerModel;
import dev.rasd.entity.NerTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd train ner}: trains the entity tagger from a CoNLL file and writes the model. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Train the named-entity tagger (averaged perceptron) from an IOB2 CoNLL file.",
    footer = {"", "Example:",
        "  rasd train ner --data ../shared/data/ner/train.conll --out src/main/resources/dev/rasd/entity/ner-model.bin",
        "Only train on data whose licence allows shipping the model (train.conll is CC BY-SA 3.0)."})
public final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, description = "IOB2 CoNLL training file")
  Path data;

  @Option(names = "--out", required = true, description = "model file to write (gzip)")
  Path out;

  @Mixin
  NerTrainingOptions training = new NerTrainingOptions();

  @Override
  public Integer call() {
    NerTrainer.Options options = training.toOptions("rasd train ner");
    if (options == null) {
      return 2;
    }
    List<ConllCorpus.Sentence> sentences;
    try {
      sentences = ConllCorpus.read(data);
    } catch (IOException e) {
      System.err.println("rasd train ner: cannot read training data " + Problems.reading(data, e));
      return 2;
    }
    long t0 = System.nanoTime();
    NerModel model = new NerTrainer(EntityLexicon.bundled())
        .train(sentences, options, System.out::println);
    try (OutputStream os = Files.newOutputStream(out)) {
      model.write(os);
    } catch (IOException e) {
      System.err.println("rasd train ner: cannot write model " + out + ": " + e.getMessage());
      return 2;
    }
    try {
      System.out.printf("trained on %d sentences in %.1f s; wrote %s (%d bytes)%n",
          sentences.size(), (System.nanoTime() - t0) / 1e9, out, Files.size(out));
    } catch (IOException e) {
      System.err.println("rasd train ner: wrote " + out + " but cannot stat it: " + e.getMessage());
      return 2;
    }
    return 0;
  }
}
