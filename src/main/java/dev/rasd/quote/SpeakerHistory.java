package dev.rasd.quote;

import dev.rasd.quote.ReportingVerbs.Gender;
import dev.rasd.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The speakers of one article in the order they were introduced, for implied subjects. A
 * follow-on verb without a subject ("وأضاف:", "وتابعت قائلة") goes to the most recent speaker
 * whose gender agrees with the verb — so a feminine verb skips a man quoted in between — and to
 * the most recent speaker at all when none agrees. A later short form of a name (the surname
 * "الورشفاني" after "سالم بوعزيزة الورشفاني") is the same speaker.
 */
final class SpeakerHistory {
  /** A speaker: {@code name} null for an unnamed source ("مصدر عسكري"). */
  record Speaker(String name, String entityId, Gender gender) {
  }

  private final List<Speaker> speakers = new ArrayList<>();

  Speaker named(String name, String entityId, Gender gender) {
    Speaker known = entityId == null ? byShortName(name) : null;
    Speaker s = known != null ? new Speaker(known.name(), known.entityId(), gender) : new Speaker(name, entityId, gender);
    speakers.add(s);
    return s;
  }

  Speaker anonymous(Gender gender) {
    Speaker s = new Speaker(null, null, gender);
    speakers.add(s);
    return s;
  }

  /**
   * The most recent speaker agreeing with {@code gender} (one introduced by a form that does not
   * show its gender agrees with any), else the most recent; null when none.
   */
  Speaker previous(Gender gender) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      if (speakers.get(i).gender() == gender || speakers.get(i).gender() == Gender.UNKNOWN) {
        return speakers.get(i);
      }
    }
    return speakers.isEmpty() ? null : speakers.get(speakers.size() - 1);
  }

  /** An earlier named speaker whose full name ends with or contains all words of {@code name}. */
  private Speaker byShortName(String name) {
    List<String> words = words(name);
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Speaker s = speakers.get(i);
      if (s.name() != null && words(s.name()).size() > words.size() && words(s.name()).containsAll(words)) {
        return s;
      }
    }
    return null;
  }

  private static List<String> words(String name) {
    return List.of(ArabicNormalizer.key(name).split("\\s+"));
  }
}
