package dev.rasd.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: averaged perceptron weights per (feature hash, label), the penalty on O its
 * decoder applies, and the words seen inside names in training, which clitic handling consults
 * ("بوتين" is a name, so "وبوتين" is و + بوتين). File format (gzip): magic, version, label count,
 * the O penalty (from version 3; version 2 files decode with none), row count, then per row the
 * feature hash, the number of non-zero labels and (label, half-precision weight) pairs; then the
 * name words, then the common words of the training text ({@link Vocabulary}). Half precision
 * keeps the file small; rounding weights to 11 bits changes no decision that matters at the F1
 * we measure.
 */
public final class NerModel {
  private static final int MAGIC = 0x52415344;
  private static final int VERSION = 3;
  /** Version 2 files have no O penalty; they decode with none. */
  private static final int VERSION_WITHOUT_PENALTY = 2;

  final LongIntMap index;
  final float[] weights;
  final int labels;
  private final float oPenalty;
  private final Set<String> nameWords;
  private final Vocabulary vocabulary;

  /** Open-addressing table for tagging: slot keys and each slot's label weights side by side. */
  private final long[] slotKeys;
  private final float[] slotWeights;

  NerModel(LongIntMap index, float[] weights, int labels, Set<String> nameWords, Vocabulary vocabulary, float oPenalty) {
    this.index = index;
    this.oPenalty = oPenalty;
    this.weights = weights;
    this.labels = labels;
    long[] keys = index.keysByRow();
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
    slotKeys = new long[cap];
    slotWeights = new float[cap * labels];
    for (int row = 0; row < keys.length; row++) {
      int slot = slot(keys[row], cap - 1);
      while (slotKeys[slot] != 0) {
        slot = (slot + 1) & (cap - 1);
      }
      slotKeys[slot] = keys[row];
      System.arraycopy(weights, row * labels, slotWeights, slot * labels, labels);
    }
    this.nameWords = Set.copyOf(nameWords);
    this.vocabulary = vocabulary;
  }

  /** Subtracted from the score of O at every token when decoding (see {@link NerTrainer.Options#oPenalty}). */
  public float oPenalty() {
    return oPenalty;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /** True when {@code key} occurred inside a name in training. */
  public boolean isNameWord(String key) {
    return nameWords.contains(key);
  }

  int features() {
    return index.size();
  }

  /** Adds the weights of {@code n} features at {@code feats[from..]} to {@code scores}. */
  void score(long[] feats, int from, int n, float[] scores) {
    int mask = slotKeys.length - 1;
    for (int f = from; f < from + n; f++) {
      long key = feats[f];
      for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
        long k = slotKeys[slot];
        if (k == key) {
          int base = slot * labels;
          for (int l = 0; l < labels; l++) {
            scores[l] += slotWeights[base + l];
          }
          break;
        }
        if (k == 0) {
          break;
        }
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gzip));
    long[] keys = index.keysByRow();
    List<Integer> kept = new ArrayList<>();
    for (int row = 0; row < keys.length; row++) {
      if (nonZero(row) > 0) {
        kept.add(row);
      }
    }
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(labels);
    d.writeFloat(oPenalty);
    d.writeInt(kept.size());
    for (int row : kept) {
      d.writeLong(keys[row]);
      d.writeByte(nonZero(row));
      for (int l = 0; l < labels; l++) {
        short half = Float.floatToFloat16(weights[row * labels + l]);
        if (half != 0) {
          d.writeByte(l);
          d.writeShort(half);
        }
      }
    }
    writeWords(d, nameWords);
    writeWords(d, vocabulary.words());
    d.flush();
    gzip.finish();
  }

  private static void writeWords(DataOutputStream d, Set<String> set) throws IOException {
    List<String> words = new ArrayList<>(set);
    words.sort(null);
    d.writeInt(words.size());
    for (String w : words) {
      d.writeUTF(w);
    }
  }

  private static Set<String> readWords(DataInputStream d) throws IOException {
    int n = d.readInt();
    Set<String> words = new HashSet<>(n * 2);
    for (int i = 0; i < n; i++) {
      words.add(d.readUTF());
    }
    return words;
  }

  private int nonZero(int row) {
    int c = 0;
    for (int l = 0; l < labels; l++) {
      if (Float.floatToFloat16(weights[row * labels + l]) != 0) {
        c++;
      }
    }
    return c;
  }

  public static NerModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    int magic = d.readInt();
    int version = d.readInt();
    if (magic != MAGIC || (version != VERSION && version != VERSION_WITHOUT_PENALTY)) {
      throw new IOException("not a Rasd NER model (bad magic or version " + version + ")");
    }
    int labels = d.readInt();
    float oPenalty = version == VERSION ? d.readFloat() : 0f;
    int rows = d.readInt();
    LongIntMap index = new LongIntMap(rows);
    float[] weights = new float[rows * labels];
    for (int r = 0; r < rows; r++) {
      int row = index.getOrAdd(d.readLong());
      int nz = d.readUnsignedByte();
      for (int j = 0; j < nz; j++) {
        int l = d.readUnsignedByte();
        weights[row * labels + l] = Float.float16ToFloat(d.readShort());
      }
    }
    Set<String> nameWords = readWords(d);
    return new NerModel(index, weights, labels, nameWords, new Vocabulary(readWords(d)), oPenalty);
  }
}
