package dev.rasd.cli;

import dev.rasd.entity.NerTrainer;
import picocli.CommandLine.Option;

/** The tagger's training settings as command-line options, shared by {@code train ner} and {@code eval ner --train}. */
final class NerTrainingOptions {
  private static final NerTrainer.Options DEFAULTS = NerTrainer.Options.defaults();

  @Option(names = "--epochs", description = "passes over the data (default: ${DEFAULT-VALUE})")
  int epochs = DEFAULTS.epochs();

  @Option(names = "--seed", description = "shuffling seed (default: ${DEFAULT-VALUE})")
  long seed = DEFAULTS.seed();

  @Option(names = "--hide-words", description = "share of tokens whose identity is hidden in each pass (word dropout), 0 to 1 (default: ${DEFAULT-VALUE})")
  double hideWords = DEFAULTS.hideWords();

  @Option(names = "--models", description = "perceptrons from consecutive seeds averaged into the model (default: ${DEFAULT-VALUE})")
  int models = DEFAULTS.models();

  @Option(names = "--o-penalty", description = "constant taken from the O score of every token when decoding; higher trades precision for recall (default: ${DEFAULT-VALUE})")
  float oPenalty = DEFAULTS.oPenalty();

  @Option(names = "--min-weight", description = "features whose weights all stay below this in magnitude are left out of the model (default: ${DEFAULT-VALUE})")
  float minWeight = DEFAULTS.minWeight();

  /** The options, or null after printing one line on stderr for {@code command} when one is out of range. */
  NerTrainer.Options toOptions(String command) {
    if (hideWords < 0 || hideWords > 1) {
      System.err.println(command + ": --hide-words must be between 0 and 1, got " + hideWords);
      return null;
    }
    if (epochs < 1) {
      System.err.println(command + ": --epochs must be at least 1, got " + epochs);
      return null;
    }
    if (models < 1) {
      System.err.println(command + ": --models must be at least 1, got " + models);
      return null;
    }
    if (minWeight < 0) {
      System.err.println(command + ": --min-weight must not be negative, got " + minWeight);
      return null;
    }
    return new NerTrainer.Options(epochs, seed, hideWords, models, oPenalty, minWeight);
  }
}
