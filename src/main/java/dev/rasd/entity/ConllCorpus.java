package dev.rasd.entity;

import dev.rasd.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IOB2 CoNLL files ({@code token<space or tab>tag}, blank line between sentences) into
 * sentences with Rasd labels. Fine classes are mapped onto ours: PER and PERS to PER, ORG to ORG,
 * GPE, LOC and FAC to LOC (a city, a country and an airport are all places a reader locates);
 * every other class (MISC, PRO, VEH, WEA) becomes O because Rasd does not track it.
 */
public final class ConllCorpus {
  private ConllCorpus() {
  }

  /** One sentence: its tokens as written and their labels. */
  public record Sentence(List<String> words, List<BioLabel> labels) {
    public Sentence {
      words = List.copyOf(words);
      labels = List.copyOf(labels);
    }
  }

  public static List<Sentence> read(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<BioLabel> labels = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String s = line.strip();
        if (s.isEmpty()) {
          flush(words, labels, out);
          continue;
        }
        int cut = lastWhitespace(s);
        if (cut < 0) {
          throw new IOException(file + ":" + lineNo + ": expected 'token tag', got '" + s + "'");
        }
        words.add(s.substring(0, cut).strip());
        labels.add(label(s.substring(cut + 1)));
      }
    }
    flush(words, labels, out);
    return out;
  }

  private static void flush(List<String> words, List<BioLabel> labels, List<Sentence> out) {
    if (!words.isEmpty()) {
      out.add(new Sentence(words, labels));
      words.clear();
      labels.clear();
    }
  }

  private static int lastWhitespace(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Maps an IOB2 tag such as "B-GPE" or "I-PERS" to a Rasd label. */
  static BioLabel label(String tag) {
    int dash = tag.indexOf('-');
    if (dash < 0) {
      return BioLabel.O;
    }
    return BioLabel.parse(tag.substring(0, dash), type(tag.substring(dash + 1)));
  }

  private static EntityType type(String cls) {
    return switch (cls) {
      case "PER", "PERS" -> EntityType.PER;
      case "ORG" -> EntityType.ORG;
      case "GPE", "LOC", "FAC" -> EntityType.LOC;
      default -> null;
    };
  }
}
