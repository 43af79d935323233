package dev.rasd.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains the BIO tagger with the averaged structured perceptron (Collins 2002) under first-order
 * Viterbi decoding ({@link ViterbiBioDecoder}): sentences are visited in a seeded shuffled order
 * each epoch, with clitics the corpus split re-attached first ({@link CliticJoiner}); each is
 * decoded whole, and where the prediction differs from the gold sequence the gold token and
 * history features are added to the gold labels and the predicted ones subtracted. Weights are
 * averaged over every sentence with lazy timestamps, which makes the perceptron robust to the
 * order of the last updates. In each pass a share of the tokens ({@link Options#hideWords}) is
 * shown with its word and stem replaced by one unknown-word value (word dropout): the corpus names
 * recur so often that the model would otherwise learn them by heart and lean little on context,
 * affixes and the lexicon marks that find names it has never seen.
 *
 * <p>{@link Options#models} perceptrons trained from consecutive seeds are averaged into one
 * weight vector (parameter mixing): one run's figure moves by about a point of F1 with the seed
 * alone, and the mixture is as good as the better runs. The model also carries a decoding
 * penalty on O ({@link Options#oPenalty}): trained on 0/1 mistakes, the tagger is cautious (on
 * a held-out dev split its precision is well above its recall), and a constant taken from every
 * O score, chosen on that dev split, trades some of the precision for recall. Features whose
 * mixed weights all stay small ({@link Options#minWeight}) are dropped: on the dev split that
 * halves the model and leaves F1 within 0.001. Deterministic for a given data set and options.
 */
public final class NerTrainer {
  /**
   * Training settings: passes over the data, the shuffling seed, the share of tokens hidden per
   * pass, how many perceptrons (seeds {@code seed}, {@code seed + 1}, …) are averaged into the
   * model, the penalty on O that the model's decoder applies ({@link NerModel#oPenalty}), and the
   * smallest weight a feature must reach for some label to be kept in the model.
   */
  public record Options(int epochs, long seed, double hideWords, int models, float oPenalty, float minWeight) {
    public static Options defaults() {
      return new Options(40, 20250114L, 0.1, 3, 20f, 1f);
    }
  }

  private static final String PLURAL_NISBA_OBLIQUE = "" + ArabicClitics.YEH + ArabicClitics.YEH + ArabicClitics.NOON;
  private static final String PLURAL_NISBA_NOMINATIVE = "" + ArabicClitics.YEH + ArabicClitics.WAW + ArabicClitics.NOON;
  /** Collective nouns for peoples and faiths, as normalised keys. */
  private static final Set<String> PEOPLE_GROUPS = Set.of("العرب", "عرب", "المسلمين", "المسلمون", "مسلمين", "مسلمون",
      "الشيعه", "السنه", "اليهود", "يهود", "المغاربه", "الاكراد", "الرومان", "النصارى", "الاقباط", "الاتراك", "الافغان",
      "العجم", "البربر", "الامازيغ", "الفرس", "الصرب", "الروم");

  private static final float[] NO_BIAS = new float[BioLabel.count()];

  private final EntityLexicon lexicon;
  private final int labels = BioLabel.count();
  private final LongIntMap index = new LongIntMap(1 << 18);
  private float[] weights = new float[(1 << 18) * BioLabel.count()];
  private double[] totals = new double[weights.length];
  private int[] stamps = new int[weights.length];
  private int step;

  public NerTrainer(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Trains on {@code data}; {@code progress} receives one line per epoch. */
  public NerModel train(List<ConllCorpus.Sentence> data, Options options, Consumer<String> progress) {
    List<String[]> keys = new ArrayList<>(data.size());
    List<int[]> golds = new ArrayList<>(data.size());
    Set<String> nameWords = new HashSet<>();
    for (ConllCorpus.Sentence raw : data) {
      ConllCorpus.Sentence s = asLearnt(raw);
      String[] k = keysOf(s);
      int[] gold = new int[k.length];
      for (int i = 0; i < k.length; i++) {
        gold[i] = s.labels().get(i).ordinal();
        if (gold[i] != BioLabel.O.ordinal()) {
          nameWords.add(k[i]);
        }
      }
      keys.add(k);
      golds.add(gold);
    }
    Vocabulary vocabulary = Vocabulary.learn(keys);
    NerFeatures features = new NerFeatures(lexicon, vocabulary);
    List<List<List<ArabicClitics.Bare>>> readings = keys.stream().map(NerFeatures::readingsOf).toList();
    float[] mixed = new float[0];
    for (int m = 0; m < options.models(); m++) {
      String name = String.format("model %d/%d ", m + 1, options.models());
      float[] averaged = trainOne(keys, readings, golds, features, options, options.seed() + m, line -> progress.accept(name + line));
      mixed = Arrays.copyOf(mixed, averaged.length);
      for (int j = 0; j < averaged.length; j++) {
        mixed[j] += averaged[j] / options.models();
      }
    }
    prune(mixed, options.minWeight());
    return new NerModel(index, mixed, labels, nameWords, vocabulary, options.oPenalty());
  }

  /** Zeroes the rows whose weights all stay below {@code min} in magnitude, so the model file leaves them out. */
  private void prune(float[] w, float min) {
    for (int at = 0; at < w.length; at += labels) {
      float max = 0;
      for (int l = 0; l < labels; l++) {
        max = Math.max(max, Math.abs(w[at + l]));
      }
      if (max < min) {
        Arrays.fill(w, at, at + labels, 0f);
      }
    }
  }

  /** One averaged perceptron from fresh weights over the shared feature index; its averaged weights. */
  private float[] trainOne(List<String[]> keys, List<List<List<ArabicClitics.Bare>>> readings, List<int[]> golds,
      NerFeatures features, Options options, long seed, Consumer<String> progress) {
    weights = new float[Math.max(weights.length, index.size() * labels)];
    totals = new double[weights.length];
    stamps = new int[weights.length];
    step = 0;
    ViterbiBioDecoder decoder = new ViterbiBioDecoder();
    FeatureScorer current = this::score;
    long[] history = new long[NerFeatures.DYNAMIC];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int tokens = 0;
      for (int si : order) {
        int[] gold = golds.get(si);
        features.load(keys.get(si), readings.get(si), hiddenWords(gold.length, options.hideWords(), random));
        int[] predicted = decoder.decode(features, current, NO_BIAS);
        step++;
        tokens += gold.length;
        for (int i = 0; i < gold.length; i++) {
          int truth = gold[i];
          int guess = predicted[i];
          int truthBefore = i == 0 ? ViterbiBioDecoder.START : gold[i - 1];
          int guessBefore = i == 0 ? ViterbiBioDecoder.START : predicted[i - 1];
          if (truth != guess) {
            errors++;
            add(features.buffer(), features.offset(i), features.count(i), truth, 1f);
            add(features.buffer(), features.offset(i), features.count(i), guess, -1f);
          }
          if (truth != guess || truthBefore != guessBefore) {
            features.history(i, truthBefore, history);
            add(history, 0, NerFeatures.DYNAMIC, truth, 1f);
            features.history(i, guessBefore, history);
            add(history, 0, NerFeatures.DYNAMIC, guess, -1f);
          }
        }
      }
      progress.accept(String.format("epoch %d: %d token errors of %d (%.2f%%), %d features",
          epoch, errors, tokens, 100.0 * errors / tokens, index.size()));
    }
    return averaged();
  }

  /**
   * A corpus sentence as training learns it: clitics re-attached ({@link CliticJoiner}) and groups
   * of people relabelled O ({@link #withoutPeopleGroups}); a dev split held out of the training
   * corpus is scored in this form so that it measures what the model was taught.
   */
  public static ConllCorpus.Sentence asLearnt(ConllCorpus.Sentence raw) {
    ConllCorpus.Sentence s = CliticJoiner.join(raw);
    return new ConllCorpus.Sentence(s.words(), withoutPeopleGroups(keysOf(s), s.labels()));
  }

  private static String[] keysOf(ConllCorpus.Sentence s) {
    String[] k = new String[s.words().size()];
    for (int i = 0; i < k.length; i++) {
      k[i] = NerTagger.tokenKey(s.words().get(i));
    }
    return k;
  }

  /** Flags each of {@code n} tokens with probability {@code p}, drawn from the training seed's sequence. */
  private static boolean[] hiddenWords(int n, double p, Random random) {
    boolean[] hidden = new boolean[n];
    for (int i = 0; i < n; i++) {
      hidden[i] = random.nextDouble() < p;
    }
    return hidden;
  }

  /**
   * The training corpus labels groups of people as PER ("العرب", "المسلمين", "الفلسطينيين"); Rasd's
   * PER is one person, and such words are nisba-like attributes, so a one-word PER span that is a
   * plural nisba (…يين/…يون) or a listed collective noun is relabelled O before training.
   */
  static List<BioLabel> withoutPeopleGroups(String[] keys, List<BioLabel> labels) {
    List<BioLabel> out = new ArrayList<>(labels);
    for (int i = 0; i < keys.length; i++) {
      boolean single = labels.get(i) == BioLabel.B_PER && (i + 1 == keys.length || labels.get(i + 1) != BioLabel.I_PER);
      if (single && isPeopleGroup(keys[i])) {
        out.set(i, BioLabel.O);
      }
    }
    return out;
  }

  static boolean isPeopleGroup(String key) {
    String bare = key.substring(ArabicClitics.certainPrefix(key));
    return PEOPLE_GROUPS.contains(bare) || bare.endsWith(PLURAL_NISBA_OBLIQUE) || bare.endsWith(PLURAL_NISBA_NOMINATIVE);
  }

  private void score(long[] feats, int from, int n, float[] scores) {
    for (int f = from; f < from + n; f++) {
      int row = index.get(feats[f]);
      if (row >= 0) {
        for (int l = 0; l < labels; l++) {
          scores[l] += weights[row * labels + l];
        }
      }
    }
  }

  private void add(long[] feats, int from, int n, int label, float delta) {
    for (int f = from; f < from + n; f++) {
      int row = index.getOrAdd(feats[f]);
      ensureCapacity(row);
      bump(row * labels + label, delta);
    }
  }

  private void bump(int at, float delta) {
    totals[at] += (double) (step - stamps[at]) * weights[at];
    stamps[at] = step;
    weights[at] += delta;
  }

  private void ensureCapacity(int row) {
    int need = (row + 1) * labels;
    if (need > weights.length) {
      int cap = weights.length * 2;
      weights = Arrays.copyOf(weights, cap);
      totals = Arrays.copyOf(totals, cap);
      stamps = Arrays.copyOf(stamps, cap);
    }
  }

  private float[] averaged() {
    int used = index.size() * labels;
    float[] avg = new float[used];
    for (int i = 0; i < used; i++) {
      double total = totals[i] + (double) (step - stamps[i]) * weights[i];
      avg[i] = (float) (total / step);
    }
    return avg;
  }
}
