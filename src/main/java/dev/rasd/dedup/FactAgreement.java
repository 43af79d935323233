package dev.rasd.dedup;

import java.util.Set;

/**
 * Whether two near-identical texts state the same facts. A copy may spell a number in words
 * that the original wrote in digits, or add a number the original left out, so one-sided
 * differences are tolerated; a conflict is a number in the headline or lead of EACH text that
 * appears nowhere in the other ("100 ألف برميل" against "20 ألف برميل").
 */
final class FactAgreement {
  private FactAgreement() {
  }

  static boolean agree(Fingerprint a, Fingerprint b) {
    return !(hasUnexplained(a.factNumbers(), b.allNumbers()) && hasUnexplained(b.factNumbers(), a.allNumbers()));
  }

  private static boolean hasUnexplained(Set<String> facts, Set<String> otherNumbers) {
    for (String n : facts) {
      if (!otherNumbers.contains(n)) {
        return true;
      }
    }
    return false;
  }
}
