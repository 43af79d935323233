package dev.rasd.entity;

import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The multi-word names of registry entities, bucketed by letter counts so that fuzzy linking
 * compares a name only with names that can pass {@link NameVariantResolver}'s test: two names of
 * as many words must have close compact forms, two names of different word counts close first and
 * close last words, and close strings differ in length by at most twice their edit budget
 * ({@link NameVariantResolver#lengthsClose}). Names are kept once under (type, word count, compact
 * length) and once under (type, first-word length, last-word length); a query visits only the
 * buckets whose lengths pass, so its cost follows the names of similar length, not the registry.
 * Entries keep the registry order of their entity and the order of the entity's forms, which
 * breaks ties between equally close candidates the way a scan of the registry would.
 *
 * @param <N> the registry's entity
 */
final class FullNameIndex<N> {
  /** One full name of entity {@code node}, the {@code ordinal}-th of the {@code sequence}-th entity. */
  record Entry<N>(N node, int sequence, int ordinal, NameForm form) implements Comparable<Entry<N>> {
    @Override
    public int compareTo(Entry<N> other) {
      return sequence != other.sequence ? Integer.compare(sequence, other.sequence) : Integer.compare(ordinal, other.ordinal);
    }
  }

  private record SameSize(EntityType type, int words, int length) {
  }

  private record Ends(EntityType type, int first, int last) {
  }

  private final Map<SameSize, List<Entry<N>>> bySameSize = new HashMap<>();
  private final Map<Ends, List<Entry<N>>> byEnds = new HashMap<>();

  void add(EntityType type, Entry<N> entry) {
    NameForm f = entry.form();
    bySameSize.computeIfAbsent(new SameSize(type, f.size(), f.compact().length()), k -> new ArrayList<>()).add(entry);
    byEnds.computeIfAbsent(new Ends(type, f.first().length(), f.last().length()), k -> new ArrayList<>()).add(entry);
  }

  /** The full names of {@code type} whose lengths allow a fuzzy match with {@code name} (of two words or more). */
  List<Entry<N>> candidates(EntityType type, NameForm name) {
    List<Entry<N>> out = new ArrayList<>();
    if (name.size() < 2) {
      return out;
    }
    int compact = name.compact().length();
    for (int length = 0; length <= maxClose(compact); length++) {
      if (NameVariantResolver.lengthsClose(compact, length)) {
        out.addAll(bySameSize.getOrDefault(new SameSize(type, name.size(), length), List.of()));
      }
    }
    int first = name.first().length();
    int last = name.last().length();
    for (int a = 0; a <= maxClose(first); a++) {
      if (!NameVariantResolver.lengthsClose(first, a)) {
        continue;
      }
      for (int b = 0; b <= maxClose(last); b++) {
        if (NameVariantResolver.lengthsClose(last, b)) {
          for (Entry<N> e : byEnds.getOrDefault(new Ends(type, a, b), List.of())) {
            if (e.form().size() != name.size()) {
              out.add(e);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * A length beyond which no string is close to one of {@code length} letters: the budget is at
   * most a quarter of the longer length (or one), so the longer is at most twice the shorter plus two.
   */
  private static int maxClose(int length) {
    return 2 * length + 2;
  }
}
