package dev.rasd.dedup;

import java.util.Set;

/**
 * Whether two near-identical texts state the same facts ({@link Fingerprint#facts()}). A copy may
 * spell a number in words that the original wrote in digits, add a figure the original left out
 * or cut a word from a headline, so one-sided differences are tolerated; a conflict is a fact of
 * EACH text that the other does not have, i.e. a substitution ("100 ألف برميل" against
 * "20 ألف برميل").
 */
final class FactAgreement {
  private FactAgreement() {
  }

  static boolean agree(Fingerprint a, Fingerprint b) {
    return !(hasUnexplained(a.facts(), b.factContext()) && hasUnexplained(b.facts(), a.factContext()));
  }

  private static boolean hasUnexplained(Set<String> facts, Set<String> otherContext) {
    for (String n : facts) {
      if (!otherContext.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
