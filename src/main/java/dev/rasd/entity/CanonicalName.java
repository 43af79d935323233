package dev.rasd.entity;

import dev.rasd.model.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses the name under which an entity is shown, from the names its mentions used (titles
 * already dropped). Names are counted per {@link NameForm#compact} form, so spelling and spacing
 * variants of one name ("عبد الله"/"عبدالله") pool their counts and the form is shown in its most
 * frequent surface. The chosen form is:
 * <ol>
 *   <li>a <b>full</b> form whenever one exists: for a person at least two name words after the
 *       particles are joined ("عبد الحميد" is one word, a surname alone), for other types any form;</li>
 *   <li>among those, the form that <b>accounts for most mentions</b>: its own count plus the counts
 *       of the shorter forms it extends. A person's longer name extends a shorter one that keeps its
 *       surname ("خالد بن سعيد الراشد" extends "خالد الراشد") or a lone first or last word; an
 *       organisation's extends a shorter one with the same head ("البنك المركزي التونسي" extends
 *       "البنك المركزي"). Outlets introduce a name in full once and shorten it afterwards, so the
 *       full form is rarely the most frequent on its own, yet it is what the short forms stand for;
 *       a span the tagger glued to the next words ("… يخلف …") keeps neither end and claims nothing;</li>
 *   <li>ties go to the longer form, then to the earlier seen.</li>
 * </ol>
 * A Latin transliteration ("(Jan Doe)") is shown only for an entity with no full Arabic form:
 * the reader reads Arabic, and a transliteration often has more words than the Arabic form.
 * The choice is cached until a name is added.
 */
final class CanonicalName {
  private final EntityType type;
  private final Map<String, Variant> byCompact = new LinkedHashMap<>();
  private String chosen;

  /** One compact form with the surfaces that spelt it. */
  private static final class Variant {
    final NameForm form;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();
    int count;

    Variant(NameForm form) {
      this.form = form;
    }

    /** The most frequent spelling; on a tie the one seen first (the outlet that introduced the name). */
    String surface() {
      String best = "";
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return best;
    }
  }

  CanonicalName(EntityType type) {
    this.type = type;
  }

  /** Counts one mention spelt {@code surface} (titles dropped) whose comparable form is {@code form}. */
  void add(String surface, NameForm form) {
    String key = form.size() == 0 ? surface : form.compact();
    Variant v = byCompact.computeIfAbsent(key, k -> new Variant(form));
    v.count++;
    v.surfaces.merge(surface, 1, Integer::sum);
    chosen = null;
  }

  String get() {
    if (chosen == null) {
      chosen = choose();
    }
    return chosen;
  }

  private String choose() {
    boolean anyFull = byCompact.values().stream().anyMatch(this::full);
    boolean anyArabicFull = byCompact.values().stream().anyMatch(v -> full(v) && !v.form.isLatin());
    Variant best = null;
    int bestScore = -1;
    for (Variant v : byCompact.values()) {
      if (anyFull && !full(v) || anyArabicFull && v.form.isLatin()) {
        continue;
      }
      int score = v.count;
      for (Variant shorter : byCompact.values()) {
        if (shorter != v && isShortening(shorter.form, v.form)) {
          score += shorter.count;
        }
      }
      if (best == null || score > bestScore || (score == bestScore && longer(v.form, best.form))) {
        best = v;
        bestScore = score;
      }
    }
    return best == null ? "" : best.surface();
  }

  private boolean full(Variant v) {
    return type != EntityType.PER || v.form.size() > 1;
  }

  private static boolean longer(NameForm a, NameForm b) {
    return a.size() != b.size() ? a.size() > b.size() : a.compact().length() > b.compact().length();
  }

  /** True when {@code shorter} is a shortening of {@code longer} that this type's writers use. */
  private boolean isShortening(NameForm shorter, NameForm longer) {
    if (shorter.size() == 0 || !shorter.isSubsequenceOf(longer)) {
      return false;
    }
    if (type == EntityType.PER) {
      return shorter.size() == 1 ? shorter.first().equals(longer.first()) || shorter.last().equals(longer.last())
          : shorter.last().equals(longer.last()) && shorter.first().equals(longer.first());
    }
    return shorter.first().equals(longer.first());
  }
}
