package dev.rasd.entity;

import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Re-cuts mention spans against person names already known, from the registry or from the
 * article's own person mentions. The tagger decides word by word and, when a person's name
 * follows a noun or another name without punctuation, often takes both as one span or stops a
 * name one word short.
 * <ol>
 *   <li><b>Split</b>: a mention of two words or more whose last words form a known person name
 *       and which is not itself known becomes that person, preceded by its head. The head keeps
 *       the original type when it is an organisation or place ("نادي الأمل" before a coach's
 *       name); it is dropped when it is a person span (a town or a club word the tagger took for a
 *       first name) or a single word with a preposition before the article ("للشركة"), which is a
 *       common noun, not a name. A surname alone splits off only such a noun, and only when it is
 *       not also a place or the nisba adjective of one ("الجيش الوطني الليبي", "نهر النيل").</li>
 *   <li><b>Extend</b>: a person mention followed directly (white space only) by a word with which
 *       it spells a known full name ("عبدالكريم" + "الحداد") takes that word, unless the word carries
 *       a clitic before the article ("والزبير" begins another phrase).</li>
 * </ol>
 * Known names are compared by {@link NameForm#compact}; a known surname is the last word of a
 * person mention of two words or more in the same article, at least {@value #MIN_SURNAME}
 * letters long so that particles ("بن") never count.
 */
final class KnownNameSpans {
  private static final int MIN_SURNAME = 4;
  private static final String DEFINITE_ARTICLE = "" + ArabicClitics.ALEF + ArabicClitics.LAM;
  private static final String NISBA_YEH = "" + ArabicClitics.YEH;
  private static final char ALEF = ArabicClitics.ALEF;

  private final EntityLexicon lexicon;
  private final Predicate<String> registryPerson;

  /** {@code registryPerson} tells whether a compact form is a known person's full name. */
  KnownNameSpans(EntityLexicon lexicon, Predicate<String> registryPerson) {
    this.lexicon = lexicon;
    this.registryPerson = registryPerson;
  }

  /** The mentions of {@code text} with glued names split and cut names completed, in text order. */
  List<EntityMention> recut(List<EntityMention> mentions, String text) {
    Set<String> local = new HashSet<>();
    for (EntityMention m : mentions) {
      NameForm f = form(m.text());
      if (m.type() == EntityType.PER && f.size() > 1) {
        local.add(f.compact());
        if (f.last().length() >= MIN_SURNAME) {
          local.add(f.last());
        }
      }
    }
    Predicate<String> known = c -> local.contains(c) || registryPerson.test(c);
    Set<Integer> starts = new HashSet<>();
    mentions.forEach(m -> starts.add(m.start()));
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      for (EntityMention p : split(m, text, known)) {
        out.add(p.type() == EntityType.PER ? extend(p, text, known, starts) : p);
      }
    }
    return out;
  }

  private List<EntityMention> split(EntityMention m, String text, Predicate<String> known) {
    List<int[]> words = words(m.text());
    // The mention's own words are among the article's names, so only the registry can vouch for it whole.
    if (words.size() < 2 || registryPerson.test(form(m.text()).compact())) {
      return List.of(m);
    }
    for (int w = 1; w < words.size(); w++) {
      int cut = words.get(w)[0];
      String tail = m.text().substring(cut);
      NameForm tailForm = form(tail);
      String head = m.text().substring(0, cut).strip();
      boolean personTail = m.type() == EntityType.PER ? tailForm.size() > 1 && !isNamePart(head)
          : tailForm.size() > 1 || (tailForm.size() == 1 && isCommonNoun(wordFrom(text, m.start(), head)) && !isAttributive(tailForm.first()));
      if (!personTail || !known.test(tailForm.compact())) {
        continue;
      }
      List<EntityMention> parts = new ArrayList<>(2);
      if (m.type() != EntityType.PER && !isCommonNoun(wordFrom(text, m.start(), head))) {
        parts.add(new EntityMention(head, m.type(), m.start(), m.start() + head.length()));
      }
      parts.add(new EntityMention(tail, EntityType.PER, m.start() + cut, m.end()));
      return parts;
    }
    return List.of(m);
  }

  private EntityMention extend(EntityMention m, String text, Predicate<String> known, Set<Integer> starts) {
    int from = m.end();
    while (from < text.length() && text.charAt(from) == ' ') {
      from++;
    }
    int to = from;
    while (to < text.length() && Character.isLetter(text.charAt(to))) {
      to++;
    }
    if (from == m.end() || to == from || starts.contains(from) || known.test(form(m.text()).compact())
        || ArabicClitics.certainPrefix(EntityLexicon.phraseKey(text.substring(from, to))) > 0) {
      return m;
    }
    String longer = text.substring(m.start(), to);
    return known.test(form(longer).compact()) ? new EntityMention(longer, m.type(), m.start(), to) : m;
  }

  /**
   * A word that follows nouns as an adjective or a place as often as it ends a name ("الليبي",
   * "النيل"): a surname alone is not evidence enough to split it off.
   */
  private boolean isAttributive(String key) {
    return lexicon.places().contains(key) || isPlaceNisba(key);
  }

  /**
   * A nisba of a known place: ال + the place + ي ("المصري" from مصر, "الليبي" from ليبيا, whose
   * final alef the nisba drops). Most family names have the nisba shape too ("الشابي"), so the
   * shape alone is no evidence.
   */
  private boolean isPlaceNisba(String key) {
    if (!ArabicClitics.isNisba(key) || !key.endsWith(NISBA_YEH)) {
      return false;
    }
    String stem = key.substring(DEFINITE_ARTICLE.length(), key.length() - NISBA_YEH.length());
    return lexicon.places().contains(stem) || lexicon.places().contains(stem + NISBA_YEH + ALEF);
  }

  /** {@code head} with the clitic letters the span left out before it ("ل" of "للشركة"). */
  private static String wordFrom(String text, int start, String head) {
    int s = start;
    while (s > 0 && s <= text.length() && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return text.substring(s, start) + head;
  }

  /** A lone word with a preposition before the article ("للشركة", "بالنادي"). */
  private static boolean isCommonNoun(String head) {
    String key = EntityLexicon.phraseKey(head);
    return !key.contains(" ") && ArabicClitics.certainPrefix(key) > 0;
  }

  /** A title or a given name before a person's name belongs to it ("العقيد", "محمد" before "علي حسن"). */
  private boolean isNamePart(String head) {
    String key = EntityLexicon.phraseKey(head);
    String last = key.substring(key.lastIndexOf(' ') + 1);
    return lexicon.personCues().contains(key) || lexicon.givenNames().contains(last) || lexicon.personCues().contains(last);
  }

  private NameForm form(String surface) {
    return NameForm.of(surface, EntityType.PER, lexicon);
  }

  /** Start and end offsets of the white-space separated words of {@code s}. */
  private static List<int[]> words(String s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }
}
