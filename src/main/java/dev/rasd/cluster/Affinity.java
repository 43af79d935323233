package dev.rasd.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * How strongly an article (or a story) belongs to a group: IDF-weighted cosine of term vectors,
 * scaled by entity overlap when both sides have entities, times a time factor.
 *
 * <p>Time: reports of one event cluster within a day of the first; the same spokesman, clubs or
 * monthly release a few days later is a new event sharing nearly every word. So the factor is 1
 * within the grace period of the group's anchor time and decays exponentially after it; with no
 * publication time on either side it is 1 (no time signal). Entity overlap is the share of the
 * article's entities the group already has: a follow-up names the same actors, an unrelated
 * story with similar wording names others. It scales the text similarity by
 * {@code 1 ± entityWeight} (all shared … none shared) rather than adding to it, because sharing
 * "Egypt" or "the central bank" alone must never put two reports together.
 */
final class Affinity {
  private Affinity() {
  }

  static double score(TermVector terms, Set<String> entities, OffsetDateTime at,
                      TermVector groupTerms, Map<String, Integer> groupEntities, OffsetDateTime anchor,
                      double entityWeight, double graceHours, double decayHours, DocumentFrequencies idf) {
    double sim = terms.cosine(groupTerms, idf);
    if (!entities.isEmpty() && !groupEntities.isEmpty()) {
      int shared = 0;
      for (String e : entities) {
        if (groupEntities.containsKey(e)) {
          shared++;
        }
      }
      double share = (double) shared / entities.size();
      sim *= 1 + entityWeight * (2 * share - 1);
    }
    return sim * timeFactor(at, anchor, graceHours, decayHours);
  }

  static double timeFactor(OffsetDateTime at, OffsetDateTime anchor, double graceHours, double decayHours) {
    if (at == null || anchor == null) {
      return 1;
    }
    double gapHours = Math.abs(Duration.between(anchor, at).toMinutes()) / 60.0;
    return gapHours <= graceHours ? 1 : Math.exp(-(gapHours - graceHours) / decayHours);
  }

  static boolean within(OffsetDateTime at, OffsetDateTime anchor, Duration window) {
    return at == null || anchor == null || Duration.between(anchor, at).abs().compareTo(window) <= 0;
  }
}
