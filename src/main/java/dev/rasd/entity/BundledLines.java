package dev.rasd.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data lines of a text resource bundled in this package (lists and TSV tables): UTF-8, blank
 * lines and lines starting with {@code #} skipped, each line as written (tab-separated fields
 * keep their empty trailing columns).
 */
public final class BundledLines {
  private BundledLines() {
  }

  /** The data lines of the resource {@code name} in dev/rasd/entity (e.g. "given-names.txt"). */
  public static List<String> of(String name) {
    try (InputStream in = BundledLines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/rasd/entity/" + name);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("reading bundled " + name, e);
    }
  }
}
