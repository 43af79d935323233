package dev.rasd.entity;

import dev.rasd.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Single-thread tagging throughput (not a test; speed is never asserted):
 * <pre>java -cp target/classes:target/test-classes:$(deps) dev.rasd.entity.NerSpeed ../shared/data/ner/train.conll</pre>
 * Measures, after a warm-up, the bare tagger over pre-normalised sentences, the whole recogniser
 * over the same sentences as running text, and the tokenizer alone as the baseline of the run.
 */
public final class NerSpeed {
  private static final int ROUNDS = 3;

  private NerSpeed() {
  }

  public static void main(String[] args) throws IOException {
    List<ConllCorpus.Sentence> sentences = ConllCorpus.read(Path.of(args[0]));
    List<String[]> keys = sentences.stream()
        .map(s -> s.words().stream().map(NerTagger::tokenKey).toArray(String[]::new)).toList();
    String text = String.join("\n", sentences.stream().map(s -> String.join(" ", s.words())).toList());
    long tokens = keys.stream().mapToLong(k -> k.length).sum();
    NerTagger tagger = NerTagger.bundled();
    EntityRecognizer recognizer = new EntityRecognizer();
    double tag = 0;
    double recognise = 0;
    double tokenize = 0;
    for (int round = 0; round <= ROUNDS; round++) {
      long t0 = System.nanoTime();
      for (String[] k : keys) {
        tagger.tag(k);
      }
      long t1 = System.nanoTime();
      recognizer.recognize(text, "");
      long t2 = System.nanoTime();
      Tokenizer.tokenize(text);
      long t3 = System.nanoTime();
      if (round > 0) {
        tag += tokens / ((t1 - t0) / 1e9) / ROUNDS;
        recognise += tokens / ((t2 - t1) / 1e9) / ROUNDS;
        tokenize += tokens / ((t3 - t2) / 1e9) / ROUNDS;
      }
    }
    System.out.printf("%d tokens; tagger %.0f tokens/s, recogniser %.0f tokens/s, tokenizer baseline %.0f tokens/s (tagger = %.2fx tokenizer time)%n",
        tokens, tag, recognise, tokenize, tokenize / tag);
  }
}
