package dev.rasd.entity;

import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name reduced to comparable tokens: normalised (hamza, ى/ي, ة/ه, diacritics, tatweel), Latin
 * lower-cased, leading titles of persons dropped ("العميد أحمد المسماري" → أحمد المسماري), and
 * name particles joined to the next word, so "عبد الله"/"عبدالله", "بو عزيزة"/"بوعزيزة" and
 * "دي فلان"/"ديفلان" give the same tokens. {@code compact} is the tokens concatenated.
 */
record NameForm(List<String> tokens, String compact) {
  private static final String PLUS = "+";
  private static final Set<String> PARTICLES = Set.of("عبد", "ابو", "بو", "بن", "ابن", "بنت", "دي", "دو", "فان", "فون", "ابي", "لا");
  /** Joined particles that no plain name starts with by chance (unlike "بو" in "بوتين"). */
  private static final List<String> UNAMBIGUOUS_PARTICLES = List.of("عبد", "ابو", "ابن", "ابي");

  static NameForm of(String surface, EntityType type, EntityLexicon lexicon) {
    List<String> words = new ArrayList<>();
    for (String w : EntityLexicon.phraseKey(surface).split(" ")) {
      String k = NerTagger.tokenKey(w).toLowerCase(Locale.ROOT);
      // "فلان+" names an alliance widened from the body "فلان": the plus tells them apart
      if (w.length() > 1 && w.endsWith(PLUS)) {
        k += PLUS;
      }
      if (!k.isEmpty()) {
        words.add(k);
      }
    }
    if (type == EntityType.PER) {
      while (words.size() > 1 && lexicon.personCues().contains(words.get(0))) {
        words.remove(0);
      }
    }
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (PARTICLES.contains(w) && i + 1 < words.size()) {
        tokens.add(w + words.get(++i));
      } else {
        tokens.add(w);
      }
    }
    return new NameForm(List.copyOf(tokens), String.join("", tokens));
  }

  /** The surface with leading person titles removed ("العميد أحمد المسماري" → "أحمد المسماري"). */
  static String withoutTitles(String surface, EntityType type, EntityLexicon lexicon) {
    String s = surface.strip();
    while (type == EntityType.PER) {
      int space = s.indexOf(' ');
      if (space < 0 || !lexicon.personCues().contains(EntityLexicon.phraseKey(s.substring(0, space)))) {
        break;
      }
      s = s.substring(space + 1).strip();
    }
    return s;
  }

  /** Length of the joined particle both compact names open with and continue after, else 0. */
  static int sharedParticle(String a, String b) {
    for (String p : UNAMBIGUOUS_PARTICLES) {
      if (a.startsWith(p) && b.startsWith(p) && a.length() > p.length() && b.length() > p.length()) {
        return p.length();
      }
    }
    return 0;
  }

  int size() {
    return tokens.size();
  }

  String last() {
    return tokens.get(tokens.size() - 1);
  }

  String first() {
    return tokens.get(0);
  }

  /** True when every token of this form occurs in {@code longer}, in order. */
  boolean isSubsequenceOf(NameForm longer) {
    int j = 0;
    for (String t : longer.tokens) {
      if (j < tokens.size() && tokens.get(j).equals(t)) {
        j++;
      }
    }
    return j == tokens.size() && size() < longer.size();
  }

  boolean isLatin() {
    for (int i = 0; i < compact.length(); i++) {
      if (compact.charAt(i) < 0x80 && Character.isLetter(compact.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
