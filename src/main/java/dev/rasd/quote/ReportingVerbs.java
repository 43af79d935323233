package dev.rasd.quote;

import dev.rasd.text.ArabicNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Verbs that introduce speech (قال، أضاف، أكد، أوضح، شدد، اعتبر، رأى، صرّح، أعرب، أشار، نفى، حذّر،
 * طالب، تابع، ختم، أردف …), recognised in every form a news report uses, after an optional و/ف:
 * past (أضاف، أضافت، أضافوا), present (يضيف، تضيف، يضيفون) and the circumstantial participle
 * (مضيفًا، مضيفة). The form gives the speaker's grammatical gender: the feminine ت of the past
 * suffix or present prefix, or the participle's teh marbuta. Participles report more words of the
 * subject of the sentence's main verb ("قال … مضيفًا: «…»").
 */
final class ReportingVerbs {
  /** UNKNOWN: a form that does not show it (تولى is a masculine past, تولي a feminine present). */
  enum Gender { MASCULINE, FEMININE, PLURAL, UNKNOWN }

  /**
   * A recognised verb: its lemma, the gender its form agrees with, whether it is a participle,
   * and whether it carries an object pronoun ("وصفه" described it), after which a word with the
   * preposition ب is the description ("وصفه بعملية …"), never the subject.
   */
  record Verb(String lemma, Gender gender, boolean participle, boolean withObject) {
    Verb(String lemma, Gender gender, boolean participle) {
      this(lemma, gender, participle, false);
    }
  }

  /**
   * lemma, feminine past, present (3rd masc.), masc. plural present, participle stem ("" when the
   * participle is a common noun, e.g. مقرّ, or unused). The masculine past is the lemma.
   */
  private static final List<List<String>> PARADIGMS = List.of(
      List.of("قال", "قالت", "يقول", "يقولون", "قائل"),
      List.of("أضاف", "أضافت", "يضيف", "يضيفون", "مضيف"),
      List.of("أكد", "أكدت", "يؤكد", "يؤكدون", "مؤكد"),
      List.of("أوضح", "أوضحت", "يوضح", "يوضحون", "موضح"),
      List.of("شدد", "شددت", "يشدد", "يشددون", "مشدد"),
      List.of("اعتبر", "اعتبرت", "يعتبر", "يعتبرون", "معتبر"),
      List.of("رأى", "رأت", "يرى", "يرون", ""),
      List.of("صرح", "صرحت", "يصرح", "يصرحون", ""),
      List.of("أعرب", "أعربت", "يعرب", "يعربون", "معرب"),
      List.of("أشار", "أشارت", "يشير", "يشيرون", "مشير"),
      List.of("نفى", "نفت", "ينفي", "ينفون", "نافي"),
      List.of("حذر", "حذرت", "يحذر", "يحذرون", "محذر"),
      List.of("طالب", "طالبت", "يطالب", "يطالبون", "مطالب"),
      List.of("تابع", "تابعت", "يتابع", "يتابعون", "متابع"),
      List.of("ختم", "ختمت", "يختم", "يختمون", ""),
      List.of("اختتم", "اختتمت", "يختتم", "يختتمون", "مختتم"),
      List.of("أردف", "أردفت", "يردف", "يردفون", "مردف"),
      List.of("أعلن", "أعلنت", "يعلن", "يعلنون", "معلن"),
      List.of("كشف", "كشفت", "يكشف", "يكشفون", "كاشف"),
      List.of("أفاد", "أفادت", "يفيد", "يفيدون", ""),
      List.of("لفت", "لفتت", "يلفت", "يلفتون", "لافت"),
      List.of("نوه", "نوهت", "ينوه", "ينوهون", "منوه"),
      List.of("أقر", "أقرت", "يقر", "يقرون", ""),
      List.of("اعترف", "اعترفت", "يعترف", "يعترفون", "معترف"),
      List.of("دعا", "دعت", "يدعو", "يدعون", "داعي"),
      List.of("وصف", "وصفت", "يصف", "يصفون", "واصف"),
      List.of("برر", "بررت", "يبرر", "يبررون", ""),
      List.of("توعد", "توعدت", "يتوعد", "يتوعدون", "متوعد"),
      List.of("استطرد", "استطردت", "يستطرد", "يستطردون", "مستطرد"),
      List.of("علق", "علقت", "يعلق", "يعلقون", ""),
      List.of("ذكر", "ذكرت", "يذكر", "يذكرون", ""),
      List.of("أبدى", "أبدت", "يبدي", "يبدون", "مبدي"),
      List.of("نقل", "نقلت", "ينقل", "ينقلون", ""),
      List.of("كتب", "كتبت", "يكتب", "يكتبون", ""),
      List.of("لخص", "لخصت", "يلخص", "يلخصون", ""),
      List.of("روى", "روت", "يروي", "يروون", ""),
      // "اكتفى فلان بالقول: «…»" (limited himself to saying); without words after it, no quote follows
      List.of("اكتفى", "اكتفت", "يكتفي", "يكتفون", "مكتفي"));

  private static final String PRESENT_MASC = ArabicNormalizer.key("ي");
  private static final String PRESENT_FEM = ArabicNormalizer.key("ت");
  private static final String PAST_FEM_SUFFIX = ArabicNormalizer.key("ت");
  private static final String PLURAL_SUFFIX = ArabicNormalizer.key("وا");
  /** The accusative tanween is printed on an alef (مضيفًا); its key keeps the alef. */
  private static final String ACCUSATIVE_ALEF = ArabicNormalizer.key("ا");
  private static final String TEH_MARBUTA_KEY = ArabicNormalizer.key("ة");
  private static final String[] PROCLITICS = {"و", "ف"};
  private static final char TEH_MARBUTA = '\u0629';
  private static final List<String> OBJECT_PRONOUNS = List.of("ها", "ه", "هم");
  /** Feminine participles that are far more often nouns (متابعة follow-up, لافتة sign, داعية preacher). */
  private static final List<String> NOUN_HOMOGRAPHS = List.of("متابعة", "لافتة", "مطالبة", "مؤكدة", "معلنة", "داعية");
  /**
   * Present forms that news use in another sense: "تتابع الوضع" (follows the situation), "يذكر أن"
   * (it is worth noting, with no speaker). Their past forms still report ("وتابع:", "وذكر أن").
   */
  private static final List<String> PRESENT_HOMOGRAPHS = List.of("يتابع", "تتابع", "يتابعون", "يذكر", "تذكر");

  private static final Map<String, Verb> FORMS = build();

  private ReportingVerbs() {
  }

  /**
   * The gender a verb form of any verb agrees with, from its affixes alone: feminine with the ت of
   * the past suffix (التقت); unknown with a leading ت, which is the feminine present prefix
   * (تعتزم) or the first letter of a masculine past of the fifth and sixth forms (تولى، تحدث);
   * masculine otherwise.
   */
  static Gender genderOf(String key) {
    String bare = key;
    for (String p : PROCLITICS) {
      if (bare.startsWith(p) && bare.length() > p.length() + 2) {
        bare = bare.substring(p.length());
        break;
      }
    }
    if (bare.endsWith(PAST_FEM_SUFFIX)) {
      return Gender.FEMININE;
    }
    return bare.startsWith(PRESENT_FEM) ? Gender.UNKNOWN : Gender.MASCULINE;
  }

  /** The reporting verb written {@code word}, else null. */
  static Verb recognise(String word) {
    String key = ArabicNormalizer.key(word);
    // a final teh marbuta folds to heh in the key; it must not pass for the pronoun ه (تابعة ≠ تابعه)
    boolean tehMarbuta = !word.isEmpty() && lastLetter(word) == TEH_MARBUTA;
    Verb v = withoutObject(key, tehMarbuta);
    for (int i = 0; v == null && i < PROCLITICS.length; i++) {
      String p = PROCLITICS[i];
      if (key.startsWith(p) && key.length() > p.length() + 1) {
        v = withoutObject(key.substring(p.length()), tehMarbuta);
      }
    }
    return v;
  }

  /** True for a reporting verb written with the conjunction و or ف ("وأضاف", "فقال"), not one starting with و itself ("وصف"). */
  static boolean isJoined(String word) {
    String key = ArabicNormalizer.key(word);
    boolean tehMarbuta = !word.isEmpty() && lastLetter(word) == TEH_MARBUTA;
    return withoutObject(key, tehMarbuta) == null && recognise(word) != null;
  }

  private static char lastLetter(String word) {
    int i = word.length() - 1;
    while (i > 0 && ArabicNormalizer.isDiacritic(word.charAt(i))) {
      i--;
    }
    return word.charAt(i);
  }

  /** A finite form, possibly with an object pronoun ("وصفه" described it, "بررها" justified it). */
  private static Verb withoutObject(String key, boolean tehMarbuta) {
    Verb v = FORMS.get(key);
    for (int i = 0; v == null && !tehMarbuta && i < OBJECT_PRONOUNS.size(); i++) {
      String suffix = OBJECT_PRONOUNS.get(i);
      if (key.endsWith(suffix) && key.length() > suffix.length() + 1) {
        Verb bare = FORMS.get(key.substring(0, key.length() - suffix.length()));
        v = bare != null && !bare.participle() ? new Verb(bare.lemma(), bare.gender(), false, true) : null;
      }
    }
    return v;
  }

  private static Map<String, Verb> build() {
    Map<String, Verb> forms = new HashMap<>();
    for (List<String> p : PARADIGMS) {
      String lemma = ArabicNormalizer.key(p.get(0));
      String pastFem = ArabicNormalizer.key(p.get(1));
      String present = ArabicNormalizer.key(p.get(2));
      String presentPlural = ArabicNormalizer.key(p.get(3));
      String participle = ArabicNormalizer.key(p.get(4));
      forms.put(lemma, new Verb(lemma, Gender.MASCULINE, false));
      forms.put(pastFem, new Verb(lemma, Gender.FEMININE, false));
      // plural past: the feminine form's stem (the lemma without a final weak letter) + وا
      String pastStem = pastFem.substring(0, pastFem.length() - PAST_FEM_SUFFIX.length());
      forms.put(pastStem + PLURAL_SUFFIX, new Verb(lemma, Gender.PLURAL, false));
      forms.put(present, new Verb(lemma, Gender.MASCULINE, false));
      forms.put(PRESENT_FEM + present.substring(PRESENT_MASC.length()), new Verb(lemma, Gender.FEMININE, false));
      forms.put(presentPlural, new Verb(lemma, Gender.PLURAL, false));
      if (!participle.isEmpty()) {
        forms.put(participle + ACCUSATIVE_ALEF, new Verb(lemma, Gender.MASCULINE, true));
        forms.put(participle + TEH_MARBUTA_KEY, new Verb(lemma, Gender.FEMININE, true));
      }
    }
    NOUN_HOMOGRAPHS.forEach(w -> forms.remove(ArabicNormalizer.key(w)));
    PRESENT_HOMOGRAPHS.forEach(w -> forms.remove(ArabicNormalizer.key(w)));
    return Map.copyOf(forms);
  }
}
