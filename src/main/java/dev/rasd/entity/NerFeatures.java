package dev.rasd.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Feature extraction for the BIO tagger, as 64-bit hashes of (template, value). Per token:
 * <ul>
 *   <li>the normalised word, its bare stem (clitics and ال removed, see {@link ArabicClitics}),
 *       stem prefixes of 1–3 letters, word suffixes of 1–4 letters, whether it carries ال, which
 *       clitic letters it carries, its shape (script runs and length) and whether it is a nisba;</li>
 *   <li>the words and stems of the two neighbours on each side and the two word bigrams;</li>
 *   <li>lexicon marks: inside a gazetteer place or an outlet name (begin/inside), a person cue
 *       (title or role) one or two tokens before, an organisation or outlet head noun here or just
 *       before; inside a known organisation (begin/inside, and whether the phrase goes on past
 *       this token, so one-word and multi-word names weigh apart) here and on either side; inside
 *       a known public figure's name (the same way), and being a known surname, alone and after a
 *       given name;</li>
 *   <li>history (computed while decoding): the previous label (or the sentence start) alone, with
 *       the word and with the stem.</li>
 * </ul>
 * Static features are computed once per sentence into a reusable buffer; hashing needs no
 * substring allocation. Not thread-safe: one instance per tagging thread.
 */
final class NerFeatures {
  static final int MAX_STATIC = 52;
  static final int DYNAMIC = 3;

  private static final int T_BIAS = 1;
  private static final int T_WORD = 2;
  private static final int T_STEM = 3;
  private static final int T_PREFIX = 4;
  private static final int T_SUFFIX = 8;
  private static final int T_ARTICLE = 13;
  private static final int T_CLITIC = 14;
  private static final int T_SHAPE = 15;
  private static final int T_NISBA = 16;
  private static final int T_WORD_AT = 20;
  private static final int T_STEM_AT = 30;
  private static final int T_BIGRAM_LEFT = 40;
  private static final int T_BIGRAM_RIGHT = 41;
  private static final int T_PLACE = 42;
  private static final int T_PLACE_LEFT = 43;
  private static final int T_PLACE_RIGHT = 44;
  private static final int T_MEDIA = 45;
  private static final int T_PERSON_CUE_1 = 46;
  private static final int T_PERSON_CUE_2 = 47;
  private static final int T_ORG_HEAD = 48;
  private static final int T_ORG_HEAD_LEFT = 49;
  private static final int T_MEDIA_HEAD_LEFT = 50;
  private static final int T_GIVEN = 51;
  private static final int T_GIVEN_LEFT = 52;
  private static final int T_GIVEN_RIGHT = 53;
  private static final int T_PLACE_HEAD_LEFT = 54;
  private static final int T_PLACE_HEAD_LEFT2 = 55;
  private static final int T_NISBA_LEFT = 56;
  private static final int T_NISBA_RIGHT = 57;
  private static final int T_PERSON_CUE_3 = 58;
  private static final int T_ORG_NAME = 64;
  private static final int T_ORG_NAME_LEFT = 65;
  private static final int T_ORG_NAME_RIGHT = 66;
  private static final int T_PERSON_NAME = 67;
  private static final int T_SURNAME = 68;
  private static final int T_RARE = 70;
  private static final int T_PREV = 60;
  private static final int T_PREV_WORD = 62;
  private static final int T_PREV_STEM = 63;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final String BOUNDARY = "<s>";
  private static final String UNKNOWN = "<unk>";
  private static final int MAX_PREFIX = 3;
  private static final int MAX_SUFFIX = 4;

  private final EntityLexicon lexicon;
  private final Vocabulary vocabulary;
  private long[] feats = new long[0];
  private int[] counts = new int[0];
  private long[] wordHash = new long[0];
  private long[] stemHash = new long[0];
  private int n;

  NerFeatures(EntityLexicon lexicon, Vocabulary vocabulary) {
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
  }

  /** Computes the static features of a sentence of normalised keys. */
  void load(String[] keys) {
    load(keys, readingsOf(keys));
  }

  /** The clitic readings of each key, which the lexicon features and the recogniser both consult. */
  static List<List<ArabicClitics.Bare>> readingsOf(String[] keys) {
    List<List<ArabicClitics.Bare>> readings = new ArrayList<>(keys.length);
    for (String k : keys) {
      readings.add(ArabicClitics.readings(k));
    }
    return readings;
  }

  /** As {@link #load(String[])}, with the keys' {@link #readingsOf readings} already computed. */
  void load(String[] keys, List<List<ArabicClitics.Bare>> readings) {
    load(keys, readings, null);
  }

  /**
   * As {@link #load(String[], List)}, with the identity of the tokens flagged in {@code hidden}
   * (may be null) replaced by one unknown-word value in every feature that names it, here and in
   * the neighbours' context: training hides some words so that the model learns to find a name
   * it has never seen from its context, affixes and lexicon marks.
   */
  void load(String[] keys, List<List<ArabicClitics.Bare>> readings, boolean[] hidden) {
    n = keys.length;
    if (feats.length < n * MAX_STATIC) {
      int cap = Math.max(n, 64);
      feats = new long[cap * MAX_STATIC];
      counts = new int[cap];
      wordHash = new long[cap];
      stemHash = new long[cap];
    }
    int[] stems = new int[n];
    for (int i = 0; i < n; i++) {
      stems[i] = ArabicClitics.stemStart(keys[i]);
      boolean hide = hidden != null && hidden[i];
      wordHash[i] = hide ? hash(T_WORD, UNKNOWN, 0, UNKNOWN.length()) : hash(T_WORD, keys[i], 0, keys[i].length());
      stemHash[i] = hide ? hash(T_STEM, UNKNOWN, 0, UNKNOWN.length()) : hash(T_STEM, keys[i], stems[i], keys[i].length());
    }
    byte[] places = LexiconMarks.mark(lexicon.places().index(), keys, readings);
    byte[] media = LexiconMarks.mark(lexicon.media(), keys, readings);
    byte[] cues = LexiconMarks.mark(lexicon.personCues(), keys, readings);
    byte[] orgHeads = LexiconMarks.mark(lexicon.orgHeads(), keys, readings);
    byte[] mediaHeads = LexiconMarks.mark(lexicon.mediaHeads(), keys, readings);
    byte[] placeHeads = LexiconMarks.mark(lexicon.placeHeads(), keys, readings);
    byte[] given = LexiconMarks.mark(lexicon.givenNames(), keys, readings);
    byte[] orgs = LexiconMarks.mark(lexicon.organisations(), keys, readings);
    byte[] people = LexiconMarks.mark(lexicon.people(), keys, readings);
    byte[] surnames = LexiconMarks.mark(lexicon.surnames(), keys, readings);
    byte[] nisba = new byte[n];
    byte[] rare = new byte[n];
    for (int i = 0; i < n; i++) {
      nisba[i] = (byte) (ArabicClitics.isNisba(keys[i]) ? 1 : 0);
      rare[i] = (byte) (vocabulary.isCommon(keys[i], stems[i]) ? 0 : 1);
    }
    for (int i = 0; i < n; i++) {
      int base = i * MAX_STATIC;
      int c = 0;
      String k = keys[i];
      int s = stems[i];
      feats[base + c++] = mix(T_BIAS);
      feats[base + c++] = wordHash[i];
      feats[base + c++] = stemHash[i];
      for (int p = 1; p <= MAX_PREFIX && s + p <= k.length(); p++) {
        feats[base + c++] = hash(T_PREFIX + p, k, s, s + p);
      }
      for (int p = 1; p <= MAX_SUFFIX && p <= k.length(); p++) {
        feats[base + c++] = hash(T_SUFFIX + p, k, k.length() - p, k.length());
      }
      int clitic = ArabicClitics.certainPrefix(k);
      feats[base + c++] = combine(T_ARTICLE, ArabicClitics.articleAt(k, clitic), 0);
      feats[base + c++] = hash(T_CLITIC, k, 0, s);
      feats[base + c++] = shape(k);
      if (nisba[i] == 1) {
        feats[base + c++] = mix(T_NISBA);
      }
      feats[base + c++] = combine(T_NISBA_LEFT, markAt(nisba, i - 1), 0);
      feats[base + c++] = combine(T_NISBA_RIGHT, markAt(nisba, i + 1), 0);
      feats[base + c++] = combine(T_RARE, rare[i], markAt(rare, i - 1) * 4L + markAt(rare, i + 1));
      feats[base + c++] = combine(T_GIVEN, given[i], 0);
      feats[base + c++] = combine(T_GIVEN_LEFT, markAt(given, i - 1), 0);
      feats[base + c++] = combine(T_GIVEN_RIGHT, markAt(given, i + 1), 0);
      feats[base + c++] = combine(T_PLACE_HEAD_LEFT, markAt(placeHeads, i - 1), 0);
      feats[base + c++] = combine(T_PLACE_HEAD_LEFT2, markAt(placeHeads, i - 2), 0);
      feats[base + c++] = combine(T_PERSON_CUE_3, markAt(cues, i - 3), 0);
      for (int d = -2; d <= 2; d++) {
        if (d != 0) {
          feats[base + c++] = combine(T_WORD_AT + d + 2, wordAt(i + d), 0);
        }
      }
      feats[base + c++] = combine(T_STEM_AT, stemAt(i - 1), 0);
      feats[base + c++] = combine(T_STEM_AT + 1, stemAt(i + 1), 0);
      feats[base + c++] = combine(T_BIGRAM_LEFT, wordAt(i - 1), wordHash[i]);
      feats[base + c++] = combine(T_BIGRAM_RIGHT, wordHash[i], wordAt(i + 1));
      feats[base + c++] = combine(T_PLACE, places[i], 0);
      feats[base + c++] = combine(T_PLACE_LEFT, markAt(places, i - 1), 0);
      feats[base + c++] = combine(T_PLACE_RIGHT, markAt(places, i + 1), 0);
      feats[base + c++] = combine(T_MEDIA, media[i], 0);
      feats[base + c++] = combine(T_PERSON_CUE_1, markAt(cues, i - 1), cues[i]);
      feats[base + c++] = combine(T_PERSON_CUE_2, markAt(cues, i - 2), 0);
      feats[base + c++] = combine(T_ORG_HEAD, orgHeads[i], 0);
      feats[base + c++] = combine(T_ORG_HEAD_LEFT, markAt(orgHeads, i - 1), 0);
      feats[base + c++] = combine(T_MEDIA_HEAD_LEFT, markAt(mediaHeads, i - 1), 0);
      feats[base + c++] = combine(T_ORG_NAME, orgs[i], markAt(orgs, i + 1) == LexiconMarks.INSIDE ? 1 : 0);
      feats[base + c++] = combine(T_ORG_NAME_LEFT, markAt(orgs, i - 1), 0);
      feats[base + c++] = combine(T_ORG_NAME_RIGHT, markAt(orgs, i + 1), 0);
      feats[base + c++] = combine(T_PERSON_NAME, people[i], markAt(people, i + 1) == LexiconMarks.INSIDE ? 1 : 0);
      feats[base + c++] = combine(T_SURNAME, surnames[i], markAt(given, i - 1));
      counts[i] = c;
    }
  }

  int size() {
    return n;
  }

  long[] buffer() {
    return feats;
  }

  int offset(int i) {
    return i * MAX_STATIC;
  }

  int count(int i) {
    return counts[i];
  }

  /** Fills {@code out[0, DYNAMIC)} with the history features of token {@code i}. */
  void history(int i, int prev, long[] out) {
    out[0] = combine(T_PREV, prev, 0);
    out[1] = combine(T_PREV_WORD, prev, wordHash[i]);
    out[2] = combine(T_PREV_STEM, prev, stemHash[i]);
  }

  private long wordAt(int i) {
    return i < 0 || i >= n ? hash(T_WORD, BOUNDARY, 0, BOUNDARY.length()) : wordHash[i];
  }

  private long stemAt(int i) {
    return i < 0 || i >= n ? hash(T_STEM, BOUNDARY, 0, BOUNDARY.length()) : stemHash[i];
  }

  private int markAt(byte[] marks, int i) {
    return i < 0 || i >= n ? -1 : marks[i];
  }

  /** Script runs (a = Arabic, L = Latin, 9 = digit, p = other) and a length bucket. */
  private static long shape(String k) {
    long h = FNV_OFFSET ^ T_SHAPE;
    char last = 0;
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      char cls = Character.isDigit(c) ? '9' : c < 0x80 && Character.isLetter(c) ? 'L' : Character.isLetter(c) ? 'a' : 'p';
      if (cls != last) {
        h = (h ^ cls) * FNV_PRIME;
        last = cls;
      }
    }
    int len = k.length();
    int bucket = len <= 3 ? len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
    return mix(h * 31 + bucket);
  }

  static long hash(int template, String s, int from, int to) {
    long h = FNV_OFFSET ^ (template * GOLDEN);
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  static long combine(int template, long a, long b) {
    return mix((a * GOLDEN + b) ^ ((long) template << 48) ^ template);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z ^= z >>> 33;
    return z == 0 ? 1 : z;
  }
}
