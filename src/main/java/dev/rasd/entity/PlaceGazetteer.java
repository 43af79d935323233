package dev.rasd.entity;

import dev.rasd.text.ArabicNormalizer;
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
  static final String COMMON_WORDS = "place-common-words.tsv";
  private final PhraseIndex<Place> index = new PhraseIndex<>();
  private final Map<String, PlaceHomograph> homographs = new HashMap<>();
  private final Map<String, Set<String>> commonWords = new HashMap<>();

  private PlaceGazetteer() {
  }

  /** The gazetteer bundled with Rasd. */
  public static PlaceGazetteer bundled() {
    PlaceGazetteer g = new PlaceGazetteer();
    // places.tsv: key, name, lat, lon, kind.
    for (String line : BundledLines.of(RESOURCE)) {
      String[] f = line.split("\t", -1);
      g.index.put(f[0], place(f, 1));
    }
    // place-homographs.tsv: marked spelling, name, lat, lon, kind, cue words, rival cue words.
    for (String line : BundledLines.of(HOMOGRAPHS)) {
      String[] f = line.split("\t", -1);
      String key = EntityLexicon.phraseKey(f[0]);
      g.homographs.put(key, new PlaceHomograph(key, PlaceHomograph.skeleton(f[0]), place(f, 1), cueKeys(f[5]), cueKeys(f[6])));
    }
    // place-common-words.tsv: word, cue words.
    for (String line : BundledLines.of(COMMON_WORDS)) {
      String[] f = line.split("\t", -1);
      g.commonWords.put(EntityLexicon.phraseKey(f[0]), cueKeys(f[1]));
    }
    return g;
  }

  /** The place in the four columns name, lat, lon, kind starting at {@code from}. */
  private static Place place(String[] f, int from) {
    return new Place(f[from], Double.parseDouble(f[from + 1]), Double.parseDouble(f[from + 2]), f[from + 3]);
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

  /**
   * True when the one-word name {@code key} is also a common word ("سيول", torrents) and the
   * article's words ({@code articleWords}, normalised keys) carry none of the cues of its place
   * (كوريا for Seoul): then it is the common word, not a place.
   */
  public boolean isCommonWordHere(String key, Set<String> articleWords) {
    Set<String> cues = commonWords.get(key);
    return cues != null && !PlaceHomograph.mentionsAny(articleWords, cues);
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
