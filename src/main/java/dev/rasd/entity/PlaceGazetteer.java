package dev.rasd.entity;

import dev.rasd.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Arabic place names (normalised key, one or more words) → {@link Place} with coordinates, from
 * the bundled {@code places.tsv} that {@code PlaceGazetteerGenerator} builds from countries,
 * capitals and major cities (see NOTICE for the sources). Lookups take normalised keys.
 */
public final class PlaceGazetteer {
  static final String RESOURCE = "places.tsv";
  private final PhraseIndex<Place> index = new PhraseIndex<>();

  private PlaceGazetteer() {
  }

  /** The gazetteer bundled with Rasd. */
  public static PlaceGazetteer bundled() {
    try (InputStream in = PlaceGazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/rasd/entity/" + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bundled " + RESOURCE, e);
    }
  }

  /** Reads {@code key<TAB>name<TAB>lat<TAB>lon<TAB>kind} lines; {@code #} starts a comment line. */
  static PlaceGazetteer read(InputStream in) throws IOException {
    PlaceGazetteer g = new PlaceGazetteer();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      g.index.put(f[0], new Place(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4]));
    }
    return g;
  }

  /** The place whose name has the normalised key {@code key} (words separated by one space), or null. */
  public Place lookup(String key) {
    return index.get(key);
  }

  /** As {@link #lookup(String)} for a name as written. */
  public Place find(String name) {
    return index.get(ArabicNormalizer.key(name).strip().replaceAll("\\s+", " "));
  }

  boolean contains(String key) {
    return index.contains(key);
  }

  PhraseIndex<Place> index() {
    return index;
  }

  int size() {
    return index.size();
  }
}
