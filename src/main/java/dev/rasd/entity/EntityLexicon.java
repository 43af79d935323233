package dev.rasd.entity;

import dev.rasd.text.ArabicNormalizer;
import java.util.List;
import java.util.Set;

/**
 * The hand-made lexicons the recogniser and tagger features consult: the place gazetteer, the
 * list of news outlets ({@code media.txt}, name variants → canonical outlet) and cue words
 * ({@code cues.txt}: titles and roles before a person, head nouns of organisations, outlets and
 * facilities), common given names ({@code given-names.txt}), well-known organisations
 * ({@code organisations.txt}) and public figures ({@code people.txt}, with the last word of each
 * name kept apart as a surname, since news repeats a figure by surname alone).
 * Entries are stored as normalised keys, words joined by one space.
 */
public final class EntityLexicon {
  private final PlaceGazetteer places;
  private final PhraseIndex<String> media = new PhraseIndex<>();
  private final PhraseIndex<Boolean> personCues = new PhraseIndex<>();
  private final PhraseIndex<Boolean> orgHeads = new PhraseIndex<>();
  private final PhraseIndex<Boolean> mediaHeads = new PhraseIndex<>();
  private final PhraseIndex<Boolean> placeHeads = new PhraseIndex<>();
  private final PhraseIndex<Boolean> stateTitles = new PhraseIndex<>();
  private final PhraseIndex<Boolean> givenNames = new PhraseIndex<>();
  private final PhraseIndex<Boolean> organisations = new PhraseIndex<>();
  private final PhraseIndex<Boolean> people = new PhraseIndex<>();
  private final PhraseIndex<Boolean> surnames = new PhraseIndex<>();

  /** Ordinals and particles that end regnal and papal names ("عبدالله الثاني"); they are no surnames. */
  private static final Set<String> REGNAL_WORDS = Set.of("الاول", "الثاني", "الثالث", "السادس", "عشر");

  private EntityLexicon(PlaceGazetteer places) {
    this.places = places;
  }

  private static final class Bundled {
    static final EntityLexicon INSTANCE = load();
  }

  /** The lexicons bundled with Rasd, loaded once. */
  public static EntityLexicon bundled() {
    return Bundled.INSTANCE;
  }

  private static EntityLexicon load() {
    EntityLexicon lex = new EntityLexicon(PlaceGazetteer.bundled());
    for (String line : resourceLines("media.txt")) {
      String[] names = line.split("\\|");
      for (String name : names) {
        lex.media.put(phraseKey(name), names[0].strip());
      }
    }
    for (String line : resourceLines("cues.txt")) {
      String[] f = line.split("\t");
      PhraseIndex<Boolean> target = switch (f[0]) {
        case "PERSON" -> lex.personCues;
        case "ORG" -> lex.orgHeads;
        case "MEDIA" -> lex.mediaHeads;
        case "PLACE" -> lex.placeHeads;
        case "STATE" -> lex.stateTitles;
        default -> throw new IllegalStateException("cues.txt: unknown cue kind '" + f[0] + "'");
      };
      target.put(phraseKey(f[1]), Boolean.TRUE);
    }
    for (String name : resourceLines("given-names.txt")) {
      lex.givenNames.put(phraseKey(name), Boolean.TRUE);
    }
    for (String name : resourceLines("organisations.txt")) {
      lex.organisations.put(phraseKey(name), Boolean.TRUE);
    }
    for (String name : resourceLines("people.txt")) {
      String key = phraseKey(name);
      lex.people.put(key, Boolean.TRUE);
      String last = key.substring(key.lastIndexOf(' ') + 1);
      if (!REGNAL_WORDS.contains(last)) {
        lex.surnames.put(last, Boolean.TRUE);
      }
    }
    return lex;
  }

  private static List<String> resourceLines(String name) {
    return BundledLines.of(name).stream().map(String::strip).toList();
  }

  /** The matching key of a phrase: normalised, words separated by one space. */
  public static String phraseKey(String phrase) {
    return ArabicNormalizer.key(phrase).strip().replaceAll("\\s+", " ");
  }

  public PlaceGazetteer places() {
    return places;
  }

  /** The canonical outlet name for a phrase key, or null. */
  public String outlet(String phraseKey) {
    return media.get(phraseKey);
  }

  PhraseIndex<String> media() {
    return media;
  }

  PhraseIndex<Boolean> personCues() {
    return personCues;
  }

  PhraseIndex<Boolean> orgHeads() {
    return orgHeads;
  }

  PhraseIndex<Boolean> mediaHeads() {
    return mediaHeads;
  }

  PhraseIndex<Boolean> placeHeads() {
    return placeHeads;
  }

  /** Titles of a state written before its name ("سلطنة عمان", "مملكة البحرين"). */
  PhraseIndex<Boolean> stateTitles() {
    return stateTitles;
  }

  PhraseIndex<Boolean> givenNames() {
    return givenNames;
  }

  PhraseIndex<Boolean> organisations() {
    return organisations;
  }

  PhraseIndex<Boolean> people() {
    return people;
  }

  PhraseIndex<Boolean> surnames() {
    return surnames;
  }
}
