package dev.rasd.entity;

import dev.rasd.text.ArabicNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tags sentences of normalised word keys with BIO labels using a trained {@link NerModel}.
 * Not thread-safe (it reuses feature buffers); create one per thread.
 */
public final class NerTagger {
  static final String MODEL_RESOURCE = "ner-model.bin";

  private final NerModel model;
  private final NerFeatures features;
  private final ViterbiBioDecoder decoder = new ViterbiBioDecoder();
  private final FeatureScorer scorer;
  /** Per-label constants added to every token's scores: the model's penalty on O. */
  private final float[] bias;

  public NerTagger(NerModel model, EntityLexicon lexicon) {
    this.bias = new float[BioLabel.count()];
    this.bias[BioLabel.O.ordinal()] = -model.oPenalty();
    this.model = model;
    this.features = new NerFeatures(lexicon, model.vocabulary());
    this.scorer = model::score;
  }

  /** A tagger over the model bundled with Rasd. */
  public static NerTagger bundled() {
    return new NerTagger(BundledModel.INSTANCE, EntityLexicon.bundled());
  }

  private static final class BundledModel {
    static final NerModel INSTANCE = load();

    private static NerModel load() {
      try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource dev/rasd/entity/" + MODEL_RESOURCE + "; run 'rasd train ner'");
        }
        return NerModel.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("reading bundled " + MODEL_RESOURCE, e);
      }
    }
  }

  /**
   * The key the tagger sees for a token as written: normalised, with punctuation glued to either
   * end removed ("لادن؛" → "لادن"), since corpora and extractors attach it inconsistently.
   */
  public static String tokenKey(String surface) {
    String k = ArabicNormalizer.key(surface);
    int s = 0;
    int e = k.length();
    while (s < e && !Character.isLetterOrDigit(k.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(k.charAt(e - 1))) {
      e--;
    }
    return s == e || (s == 0 && e == k.length()) ? k : k.substring(s, e);
  }

  public NerModel model() {
    return model;
  }

  /** One label per key. */
  public BioLabel[] tag(String[] keys) {
    return tag(keys, NerFeatures.readingsOf(keys));
  }

  /** As {@link #tag(String[])}, for a caller that has the keys' clitic readings already. */
  BioLabel[] tag(String[] keys, List<List<ArabicClitics.Bare>> readings) {
    features.load(keys, readings);
    int[] ordinals = decoder.decode(features, scorer, bias);
    BioLabel[] out = new BioLabel[ordinals.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = BioLabel.of(ordinals[i]);
    }
    return out;
  }
}
