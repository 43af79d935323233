package dev.rasd.entity;

import dev.rasd.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Arabic place names (normalised key, one or more words) → {@link Place} with coordinates, from
 * the bundled {@code places.tsv} that {@code PlaceGazetteerGenerator} builds from countries,
 * capitals and major cities (see NOTICE for the sources). Lookups take normalised keys.
 * Names that normalisation merges ("عمّان" Amman, "عمان" Oman) are told apart by
 * {@link #resolve} with the hand-written {@code place-homographs.tsv} ({@link PlaceHomograph}).
 */
public final class PlaceGazetteer {
  static final String RESOURCE = "places.tsv";
  static final String HOMOGRAPHS = "place-homographs.tsv";
  private final PhraseIndex<Place> index = new PhraseIndex<>();
  private final Map<String, PlaceHomograph> homographs = new HashMap<>();

  private PlaceGazetteer() {
  }

  /** The gazetteer bundled with Rasd. */
  public static PlaceGazetteer bundled() {
    try (InputStream in = resource(RESOURCE); InputStream homographs = resource(HOMOGRAPHS)) {
      PlaceGazetteer g = read(in);
      g.readHomographs(homographs);
      return g;
    } catch (IOException e) {
      throw new UncheckedIOException("reading bundled " + RESOURCE + " or " + HOMOGRAPHS, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = PlaceGazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource dev/rasd/entity/" + name);
    }
    return in;
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

  /**
   * Reads {@code marked<TAB>name<TAB>lat<TAB>lon<TAB>kind<TAB>cues<TAB>rival cues} lines (cue
   * words separated by spaces); {@code #} starts a comment line.
   */
  void readHomographs(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Place place = new Place(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4]);
      String key = EntityLexicon.phraseKey(f[0]);
      homographs.put(key, new PlaceHomograph(key, PlaceHomograph.skeleton(f[0]), place, cueKeys(f[5]), cueKeys(f[6])));
    }
  }

  private static Set<String> cueKeys(String words) {
    Set<String> keys = new HashSet<>();
    for (String w : words.strip().split("\\s+")) {
      keys.add(EntityLexicon.phraseKey(w));
    }
    return keys;
  }

  /**
   * The place a one-word name refers to, given how it is written and the article around it: a
   * homograph's marked spelling ("عمّان") names it; the bare spelling names it when the article's
   * words ({@code articleWords}, normalised keys) carry its cues and not its rival's; otherwise
   * the gazetteer entry of the key, or null.
   */
  public Place resolve(String key, String surface, Set<String> articleWords) {
    PlaceHomograph h = homographs.get(key);
    if (h != null && (h.writtenMarked(surface) || h.cuedBy(articleWords))) {
      return h.place();
    }
    return lookup(key);
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
