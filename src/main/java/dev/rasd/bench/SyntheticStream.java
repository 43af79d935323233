package dev.rasd.bench;

import dev.rasd.model.Article;
import dev.rasd.model.EntityType;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A long, realistic article stream recombined from a small source corpus, generated lazily in
 * publication order and fully determined by its seed.
 * <p>Generation {@code g} is the whole source corpus shifted forward by {@code g × shift}, its
 * reports rewritten ({@link SentenceRecombiner}) and each of its events disguised as a different
 * one ({@link EventDisguise}). The shift is {@code sourceSize / perDay} days, so generations
 * overlap and the stream carries about {@code perDay} articles a day; it starts at the source's
 * last publication time, when every overlapping generation has begun, so the density is flat
 * from the first article (no ramp-up that would make late articles look costlier). The reports
 * of one synthetic event keep their relative timing. A priority queue merges the overlapping
 * generations, so memory stays proportional to their number, not to the stream's length.
 */
public final class SyntheticStream implements Iterator<Article> {
  private static final long SECONDS_PER_DAY = 86_400;

  private final SourceCorpus corpus;
  private final List<SourceArticle> sources;
  private final long[] times;
  private final long shift;
  private final long seed;
  private final int limit;
  private final Map<EntityType, List<String>> namePool = new EnumMap<>(EntityType.class);
  private final Map<String, NameSurfaces> names;
  private final SentenceRecombiner recombiner;
  private final PriorityQueue<Cursor> queue = new PriorityQueue<>(
      Comparator.comparingLong(Cursor::time).thenComparingLong(Cursor::generation).thenComparingInt(Cursor::index));
  private long nextGeneration;
  private int emitted;

  public SyntheticStream(SourceCorpus corpus, int limit, int perDay, long seed) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the source corpus is empty");
    }
    this.corpus = corpus;
    this.sources = corpus.articles();
    this.limit = limit;
    this.seed = seed;
    this.times = publicationSeconds(sources);
    this.shift = Math.max(1, Math.round((double) sources.size() * SECONDS_PER_DAY / perDay));
    for (EntityType type : EntityType.values()) {
      namePool.put(type, corpus.canonicalNames(type));
    }
    this.names = NameSurfaces.of(sources);
    this.recombiner = new SentenceRecombiner(sources);
    long start = times[times.length - 1];
    long span = start - times[0];
    for (long g = 0; g <= span / shift; g++) {
      int i = 0;
      while (times[i] + g * shift < start) {
        i++;
      }
      queue.add(new Cursor(g, i, times[i] + g * shift));
    }
    nextGeneration = span / shift + 1;
  }

  @Override
  public boolean hasNext() {
    return emitted < limit;
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    while (queue.isEmpty() || times[0] + nextGeneration * shift <= queue.peek().time()) {
      queue.add(new Cursor(nextGeneration, 0, times[0] + nextGeneration * shift));
      nextGeneration++;
    }
    Cursor c = queue.poll();
    if (c.index() + 1 < sources.size()) {
      queue.add(new Cursor(c.generation(), c.index() + 1, times[c.index() + 1] + c.generation() * shift));
    }
    emitted++;
    return synthesize(c.generation(), sources.get(c.index()), c.time() - times[c.index()]);
  }

  private Article synthesize(long generation, SourceArticle source, long offsetSeconds) {
    Article a = source.article();
    List<SourceArticle> event = corpus.event(source.event());
    EventDisguise disguise = new EventDisguise(event, namePool, mix(seed, generation, source.event().hashCode()));
    SplittableRandom random = new SplittableRandom(mix(seed, generation, source.origin().hashCode()));
    NameSurfaces surfaces = names.get(a.id());
    String body = disguise.apply(recombiner.body(source, event, random), surfaces);
    String title = disguise.apply(a.title(), surfaces);
    OffsetDateTime published = a.published() == null ? null : a.published().plusSeconds(offsetSeconds);
    String url = a.url() == null ? null : a.url() + (a.url().contains("?") ? "&" : "?") + "g=" + generation;
    return new Article("b" + generation + "-" + a.id(), a.outlet(), url, published, title, body);
  }

  /** Publication times in epoch seconds; an undated article takes its predecessor's time. */
  private static long[] publicationSeconds(List<SourceArticle> sources) {
    long[] out = new long[sources.size()];
    long last = 0;
    for (int i = 0; i < out.length; i++) {
      OffsetDateTime p = sources.get(i).article().published();
      last = p == null ? last : p.toEpochSecond();
      out[i] = last;
    }
    return out;
  }

  /** SplitMix-style mixing of three values into one seed, so nearby generations get unrelated streams. */
  private static long mix(long a, long b, long c) {
    long z = a * 0x9E3779B97F4A7C15L + b;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L + c;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The next source article of one generation, and when it is published. */
  private record Cursor(long generation, int index, long time) {
  }
}
