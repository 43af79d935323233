package dev.rasd.quote;

import dev.rasd.entity.ArabicEditDistance;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.text.ArabicNormalizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links a speaker name read from the text ({@link SpeakerNames}) to the article's entity layer,
 * treating mentions as evidence rather than as the only source of names:
 * <ol>
 *   <li>A mention overlapping the name is taken when it agrees with what is written: one of the
 *       two word sets (name read, mention text) contains the other. A person mention wins over a
 *       body's, the larger overlap over the smaller.</li>
 *   <li>Otherwise, a short form ("الفلاني", "الوزارة") is linked to a mention elsewhere in the
 *       article whose canonical name contains all its words, a person's only when they hold its
 *       last (family) name: persons first, the fullest name
 *       first, then the nearest before the name, else the first after it. A mention linked in
 *       step 1 whose entity is itself only a short form yields to such a fuller entity too.</li>
 *   <li>Otherwise, a definite plural standing for members ("الدول") is the body the article
 *       introduced them as members of ({@link #memberBody}).</li>
 * </ol>
 * Either way the entity's canonical name must contain every word read, and the words it adds must
 * not be titles or institutions: a resolver that glued a role onto a name ("المرصد فلان
 * الفلاني") or merged two people ("فلان كرمان" for "فلان الكرماوي") is not trusted, and the name
 * read from the text stands alone (no entity). The one exception is the mention written where the
 * name was read, whose entity may spell the same name otherwise ({@link #respelled}). A mention
 * that starts before the name read has run
 * over words the grammar set aside as a title or a role's complement ("الأكاديمي فلان الفلاني",
 * "المهرجان فلان الفلاني"): an entity whose name carries them is not trusted either, and a
 * mention elsewhere naming the same words without them is sought instead.
 */
final class SpeakerLinker {
  /** A linked speaker: the entity's canonical name and id. */
  record Link(String canonical, String entityId, EntityType type) {
  }

  /** The cost {@link ArabicEditDistance} gives a vowel or a confusable letter. */
  private static final double CHEAP_EDIT = 0.5;
  /** Letters below this code point are Latin (ASCII and Latin-1). */
  private static final int LATIN_END = 0x100;

  /** Words looked at before a body's mention for the members' noun and في. */
  private static final int MEMBER_WINDOW = 5;
  /** Characters before a mention that surely hold {@value #MEMBER_WINDOW} words. */
  private static final int MEMBER_CONTEXT_CHARS = 80;
  private static final String IN = ArabicNormalizer.key("في");

  private final String text;
  private final List<EntityMention> mentions;

  /** {@code mentions} are the non-place mentions of the article {@code text}, in text order. */
  SpeakerLinker(String text, List<EntityMention> mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  /**
   * The entity named by the words at {@code [start, end)}, else null; {@code role} holds the words
   * of the title phrase read before the name, which an entity's name must not carry.
   */
  Link link(String name, int start, int end, Set<String> role) {
    List<String> read = NameWords.of(name);
    if (read.isEmpty()) {
      return null;
    }
    EntityMention over = mentions.stream()
        .filter(m -> m.start() < end && m.end() > start)
        .filter(m -> agrees(read, NameWords.of(m.text())))
        .max(Comparator.comparing((EntityMention m) -> m.type() == EntityType.PER)
            .thenComparingInt(m -> Math.min(end, m.end()) - Math.max(start, m.start())))
        .orElse(null);
    if (over == null) {
      Link named = elsewhere(read, role, start, end);
      return named != null ? named : memberBody(read, start, end);
    }
    // words the mention runs over before the name were read by the grammar as a title, a role or
    // its complement ("الأكاديمي", "مدير المهرجان"): an entity named with them is not the speaker's
    Set<String> runOver = Set.copyOf(NameWords.of(over.text().substring(0,
        Math.clamp(start - over.start(), 0, over.text().length()))));
    Set<String> foreign = new HashSet<>(role);
    foreign.addAll(runOver);
    // past the name, the mention may be longer than the name read (a cut-off reading)
    List<String> written = runOver.isEmpty() && NameWords.of(over.text()).size() > read.size()
        ? NameWords.of(over.text()) : read;
    Link own = trusted(over, written, foreign);
    if (own == null && runOver.isEmpty()) {
      own = respelled(over, written, foreign);
    }
    if (own == null) {
      return runOver.isEmpty() ? null : elsewhere(read, foreign, start, end);
    }
    // an entity known only by a short form ("البحيري") yields to the article's full name for it
    Link fuller = elsewhere(NameWords.of(own.canonical()), foreign, start, end);
    return fuller != null && NameWords.of(fuller.canonical()).size() > NameWords.of(own.canonical()).size()
        ? fuller : own;
  }

  /**
   * The nearest mention outside {@code [start, end)} whose entity's name holds {@code words} and
   * none of {@code foreign}, persons first.
   */
  private Link elsewhere(List<String> words, Set<String> foreign, int start, int end) {
    return mentions.stream()
        .filter(m -> m.end() <= start || m.start() >= end)
        .filter(m -> trusted(m, words, foreign) != null)
        // a person's short form is the family name ("البحيري"); a first word alone is too often a
        // team or a body glued onto the name by the layer ("الوداد" for "الوداد عادل الكرتيلي")
        .filter(m -> m.type() != EntityType.PER || holdsSurname(words, trusted(m, words, foreign).canonical()))
        // a person's fullest name wins; a body's short form ("البنك", "الوزارة") is anaphoric and
        // takes its nearest antecedent before it, whatever fuller bodies the article names elsewhere
        .min(Comparator.comparing((EntityMention m) -> m.type() != EntityType.PER)
            .thenComparing(m -> m.type() == EntityType.PER ? -NameWords.of(trusted(m, words, foreign).canonical()).size() : 0)
            .thenComparing(m -> m.start() >= end)
            .thenComparingInt(m -> m.start() < start ? start - m.start() : m.start() - end))
        .map(m -> trusted(m, words, foreign))
        .orElse(null);
  }

  /**
   * The mention's entity when its canonical name is the name read spelt another way: the same
   * letters spaced otherwise ("فلان ديفلان"/"فلان دي فلان") or word for word (the name read may
   * stop short of the middle names, never of the surname), each word the same or
   * respelt by one cheap edit of {@link ArabicEditDistance} (a long vowel, a letter transliterations
   * confuse) or by two letters swapped. Any other edit makes another name ("السبيعي"/"الربيعي"),
   * which a resolver may have merged on edit distance alone. A name read in Latin letters is the
   * transliteration the resolver joined to the Arabic name.
   * Trusted only for the mention written where the name was read, since the resolver linked that
   * very surface to the entity with its own evidence; nothing is added to the name read.
   */
  private static Link respelled(EntityMention m, List<String> written, Set<String> foreign) {
    if (m.entityId() == null || m.canonical() == null) {
      return null;
    }
    if (written.stream().allMatch(SpeakerLinker::isLatin)) {
      // a transliteration in parentheses ("(Jan Doe)") the resolver joined to the Arabic name
      return new Link(m.canonical(), m.entityId(), m.type());
    }
    List<String> held = NameWords.of(m.canonical());
    boolean sameLetters = String.join("", held).equals(String.join("", written));
    // a shorter name read is the surname, perhaps after the given name ("فلان" for "علان فلان")
    boolean sameWords = held.size() >= written.size() && !written.isEmpty();
    Set<String> added = new HashSet<>(held);
    for (int i = 0; sameWords && i < written.size(); i++) {
      String word = held.get(i == written.size() - 1 ? held.size() - 1 : i);
      sameWords = respelt(word, written.get(i));
      added.remove(word);
    }
    return sameLetters || sameWords && addsNameWordsOnly(added, foreign) ? new Link(m.canonical(), m.entityId(), m.type()) : null;
  }

  private static boolean isLatin(String word) {
    return word.chars().allMatch(c -> c < LATIN_END && Character.isLetter(c));
  }

  private static boolean respelt(String a, String b) {
    return ArabicEditDistance.distance(a, b) <= CHEAP_EDIT || swapped(a, b);
  }

  /** Two adjacent letters swapped, the rest equal. */
  static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int i = 0;
    while (i < a.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.substring(i + 2).equals(b.substring(i + 2));
  }

  /**
   * A definite plural standing for members of a body speaks for the body: after "خمس دول أعضاء
   * في رابطة فلان", "الدول" or "الدول الخمس" that issue a statement are that alliance. The
   * subject's head noun must have been written before, within {@value #MEMBER_WINDOW} words
   * before the preposition في that opens the body's mention (a head noun such as "تحالف" may come
   * between); the nearest such body before the subject is taken.
   */
  private Link memberBody(List<String> read, int start, int end) {
    if (!NameWords.isDefinite(text.substring(start, end))) {
      return null;
    }
    String head = read.get(0);
    Link found = null;
    for (EntityMention m : mentions) {
      if (m.end() > start || m.type() == EntityType.PER || m.entityId() == null) {
        continue;
      }
      List<String> before = NameWords.of(text.substring(Math.max(0, m.start() - MEMBER_CONTEXT_CHARS), m.start())).stream()
          .filter(w -> w.chars().anyMatch(Character::isLetter)).toList();
      int from = Math.max(0, before.size() - MEMBER_WINDOW);
      List<String> window = before.subList(from, before.size());
      int in = window.lastIndexOf(IN);
      if (in > 0 && window.size() - in <= 2 && window.subList(0, in).contains(head)) {
        found = new Link(m.canonical() != null ? m.canonical() : m.text(), m.entityId(), m.type());
      }
    }
    return found;
  }

  private static boolean holdsSurname(List<String> words, String canonical) {
    List<String> full = NameWords.compounded(NameWords.of(canonical));
    return NameWords.compounded(words).contains(full.get(full.size() - 1)) || words.contains(full.get(full.size() - 1));
  }

  private static boolean agrees(List<String> a, List<String> b) {
    return !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
  }

  /**
   * The mention's entity when its canonical name holds {@code written} plus name words only: no
   * title, institution or word in {@code foreign}.
   */
  private static Link trusted(EntityMention m, List<String> written, Set<String> foreign) {
    if (m.entityId() == null) {
      return null;
    }
    String canonical = m.canonical() != null ? m.canonical() : m.text();
    List<String> words = NameWords.of(canonical);
    if (!words.containsAll(written)) {
      // "عزالدين الصافي" written joined, "عز الدين الصافي" held spaced
      words = NameWords.compounded(words);
      written = NameWords.compounded(written);
      if (!words.containsAll(written)) {
        return null;
      }
    }
    Set<String> added = new HashSet<>(words);
    written.forEach(added::remove);
    return addsNameWordsOnly(added, foreign) ? new Link(canonical, m.entityId(), m.type()) : null;
  }

  /** No word {@code added} to the name read is a title, an institution, a word of {@code foreign} or a lone letter. */
  private static boolean addsNameWordsOnly(Set<String> added, Set<String> foreign) {
    // a lone letter is a clitic the mention ran over ("فلان لـ«…»"), never a word of the name
    return added.stream().noneMatch(w -> SpeakerNames.isRoleWord(w) || foreign.contains(w) || w.length() < 2);
  }
}
