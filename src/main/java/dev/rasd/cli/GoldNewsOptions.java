package dev.rasd.cli;

import dev.rasd.eval.QuoteTimeGold;
import dev.rasd.eval.QuoteTimeGold.GoldArticle;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the evaluations scored on gold-news labels, and the reading of their gold file. */
final class GoldNewsOptions {
  @Option(names = "--gold", required = true, description = "gold-news JSONL file with \"quotes\" and \"times\" labels")
  Path gold;

  @Option(names = "--errors", description = "also list every missed, spurious and wrong item")
  boolean errors;

  /** The gold articles; null after one line on stderr saying why {@code command} cannot read the file. */
  List<GoldArticle> read(String command) {
    try {
      return QuoteTimeGold.read(gold);
    } catch (QuoteTimeGold.GoldFormatException | UncheckedIOException e) {
      System.err.println("rasd " + command + ": cannot read gold file " + gold + ": " + e.getMessage());
      return null;
    }
  }
}
