package dev.rasd.quote;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.model.Quote;
import dev.rasd.pipeline.Stage;
import dev.rasd.quote.Outlets.Outlet;
import dev.rasd.quote.QuotationMarks.Span;
import dev.rasd.quote.ReportingVerbs.Gender;
import dev.rasd.quote.ReportingVerbs.Verb;
import dev.rasd.quote.SpeakerHistory.Speaker;
import dev.rasd.quote.SpeakerNames.Subject;
import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.Sentence;
import dev.rasd.text.SentenceSplitter;
import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fills the {@code quotes} layer. Algorithm, over the clean text:
 * <ol>
 *   <li>Find quoted spans ({@link QuotationMarks}), outlets ({@link Outlets}) and reporting verbs
 *       outside quotes ({@link ReportingVerbs}), in text order.</li>
 *   <li>Give every verb a speaker, in text order: a participle ("مضيفًا") shares the subject of
 *       the finite verb before it in its sentence; otherwise the entity mention (PER, ORG, MEDIA)
 *       nearest after the verb and before its complement, or without an entity layer the name
 *       read by {@link SpeakerNames}; an implied subject ("وأضاف:", "وأكد أن", "وأوضح المتحدث")
 *       is the most recent speaker whose gender agrees with the verb ({@link SpeakerHistory}).</li>
 *   <li>A quoted span is a direct quote unless it is a name: an outlet, after a naming noun
 *       (صحيفة، فيلم، رواية، تحالف …), or the subject of a clause («…» أن). Short spans (one or
 *       two words: scare quotes, titles) must also be governed by a reporting verb through a
 *       complementizer or a preposition (إن التأجيل «فني بحت»، أعرب عن «…»، بـ«…») or follow a
 *       speech noun (هتافات «…»). The governing verb is the nearest one before the span in its
 *       sentence, else the nearest after it («…»، قال فلان); without one, the last speaker.</li>
 *   <li>Reported speech: a verb followed, within its subject, by أن/إن gives an indirect quote
 *       whose text runs to the sentence end or the next reporting verb, unless that clause
 *       holds a direct quote (which already carries the words).</li>
 * </ol>
 * Stateless across articles.
 */
public final class QuoteExtractor implements Stage {
  private static final int SHORT_QUOTE_WORDS = 3;
  private static final int COMPLEMENT_WINDOW = 16;
  private static final String REPORTED_FROM = ArabicNormalizer.key("عن");
  private static final String NAQALA = ArabicNormalizer.key("نقل");
  private static final String AMMA = ArabicNormalizer.key("أما");
  /** Words after which the subject is written before its verb ("وكان فلان قد قال", "لكن فلان اعتبر"). */
  private static final Set<String> KANA = keys("كان", "وكان", "كانت", "وكانت", "لكن", "ولكن", "بينما", "فيما");
  private static final String ARTICLE = ArabicNormalizer.key("ال");
  private static final String BI = ArabicNormalizer.key("ب");
  private static final int FRONTED_SUBJECT_WORDS = 10;
  private static final Set<String> PREPOSITIONS = keys("إلى", "على", "عن", "من", "في", "بعد", "قبل", "حول", "دون", "عبر");
  /** After these a verb's form is its verbal noun: a preposition, or عدم ("طلب عدم ذكر اسمه"). */
  private static final Set<String> NOUN_GOVERNORS = Stream.concat(PREPOSITIONS.stream(), Stream.of(ArabicNormalizer.key("عدم")))
      .collect(Collectors.toUnmodifiableSet());
  private static final int FRONTED_ADVERBIAL_WORDS = 4;
  private static final String LEAD_IN = "..";
  /** Words a title may stand before its name ("المتحدث باسم الجيش الوطني الليبي اللواء فلان"). */
  private static final int ROLE_REACH = 12;

  /** Nouns after which a quoted span is a title or a name, not words said. */
  private static final Set<String> NAME_HEADS = keys(
      "صحيفة", "جريدة", "وكالة", "قناة", "موقع", "إذاعة", "مجلة", "منصة", "شبكة", "فريق", "تحالف", "مجموعة",
      "اسم", "فيلم", "الفيلم", "رواية", "روايته", "روايتها", "كتاب", "كتابه", "كتابها", "مسلسل", "برنامج",
      "مهرجان", "صاروخ", "القمر", "مبادرة", "حملة", "عملية", "مهمة", "مشروع", "حزب", "حركة", "جمعية", "شركة",
      "مؤسسة", "ائتلاف", "جائزة", "الافتتاح", "تطبيق", "حساب", "وسم", "هاشتاغ", "مسرحية", "ألبوم", "أغنية",
      "قصيدة", "معرض", "مؤتمر", "منتدى", "اتفاق", "اتفاقية", "إعلان", "خطة", "بعنوان", "عنوان", "لقب", "شعار");
  /** "وصرح اللاعب": a player is introduced by his position ("المهاجم المغربي فلان"). */
  private static final Set<String> PLAYER_ROLES = keys(
      "اللاعب", "المهاجم", "المدافع", "الحارس", "الجناح", "النجم", "لاعب", "مهاجم", "مدافع", "حارس", "نجم");
  /** Nouns introducing chanted or written words («ارحل» after هتافات). */
  private static final Set<String> SPEECH_NOUNS = keys(
      "هتافات", "هتاف", "عبارة", "بعبارة", "كلمة", "رسالة", "لافتات", "شعارات", "تغريدة", "بالقول", "قائلين");
  private static final Set<String> CLAUSE_PREPOSITIONS = keys("عن", "من", "إلى", "على", "بـ", "ب");
  private static final char BA = 'ب';
  private static final char LAM = 'ل';

  /** A reporting verb in the text with the speaker it was given. */
  private record VerbUse(int token, Verb verb, int sentence, Speaker speaker) {
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    return article.withQuotes(extract(article.text(), article.entities()));
  }

  /** The direct and reported quotes of {@code text}; {@code entities} may be empty. */
  public List<Quote> extract(String text, List<EntityMention> entities) {
    return new Reading(text, entities).quotes();
  }

  /** One article being read: its tokens, sentences, marks and verbs. */
  private static final class Reading {
    private final String text;
    private final List<EntityMention> entities;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Span> spans;
    private final List<Outlet> outlets;
    private final List<VerbUse> verbs = new ArrayList<>();
    private final SpeakerHistory history = new SpeakerHistory();
    private final SpeakerLinker linker;
    private final SpeakerNames.MentionTokens marks;

    Reading(String text, List<EntityMention> entities) {
      this.text = text;
      this.entities = entities.stream().filter(m -> m.type() != EntityType.LOC).toList();
      this.tokens = Tokenizer.tokenize(text);
      this.sentences = SentenceSplitter.split(text);
      this.spans = QuotationMarks.find(text);
      this.outlets = Outlets.find(text, tokens, spans);
      this.linker = new SpeakerLinker(text, this.entities);
      this.marks = mentionTokens(entities);
    }

    /** Which tokens lie inside a person's mention and which inside a body's or a place's. */
    private SpeakerNames.MentionTokens mentionTokens(List<EntityMention> all) {
      boolean[] person = new boolean[tokens.size()];
      boolean[] body = new boolean[tokens.size()];
      boolean[] whole = new boolean[tokens.size()];
      Set<String> personWords = new HashSet<>();
      for (EntityMention m : all) {
        int first = firstTokenFrom(m.start());
        if (first < tokens.size() && tokens.get(first).start() == m.start()) {
          whole[first] = true;
        }
        for (int i = firstTokenFrom(m.start()); i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
          (m.type() == EntityType.PER ? person : body)[i] = true;
          if (m.type() == EntityType.PER) {
            personWords.add(tokens.get(i).key());
          }
        }
      }
      return new SpeakerNames.MentionTokens() {
        @Override
        public boolean whole(int token) {
          return whole[token];
        }

        @Override
        public boolean personWord(String key) {
          return personWords.contains(key);
        }

        @Override
        public boolean person(int token) {
          return person[token];
        }

        @Override
        public boolean body(int token) {
          return body[token];
        }
      };
    }

    List<Quote> quotes() {
      readVerbs();
      List<Quote> out = new ArrayList<>();
      List<Span> direct = new ArrayList<>();
      for (Span s : spans) {
        if (isName(s)) {
          continue;
        }
        VerbUse governing = governing(s);
        if (governing == null && words(s) < SHORT_QUOTE_WORDS) {
          continue;
        }
        Speaker speaker = governing != null ? governing.speaker()
            : leadsIn(s) ? leadSpeaker(s) : speakerBefore(s.start());
        String verb = governing != null ? tokens.get(governing.token()).text() : null;
        out.add(quote(text.substring(s.start(), s.end()), speaker, verb, true, s.start(), s.end(),
            givenTo(s, governing)));
        direct.add(s);
      }
      for (VerbUse v : verbs) {
        Quote reported = reported(v, direct);
        if (reported != null) {
          out.add(reported);
        }
      }
      out.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return out;
    }

    private void readVerbs() {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        Verb verb = insideQuote(t.start()) || afterPreposition(i) ? null : ReportingVerbs.recognise(t.text());
        int sentence = sentenceOf(t.start());
        if (verb != null && verb.withObject() && NAQALA.equals(verb.lemma())) {
          // "في تصريح نقلته وكالة …", "بحسب ما نقله تلفزيون …": the outlet relays the words of the verb before
          continue;
        }
        if (verb != null) {
          verbs.add(new VerbUse(i, verb, sentence, speakerOf(i, verb, sentence)));
        } else if (opensClause(i, sentence)) {
          introduce(i, sentence);
        }
      }
    }

    /** "إلى نقل المصابين": after a preposition a verb's form is its verbal noun. */
    private boolean afterPreposition(int token) {
      return token > 0 && NOUN_GOVERNORS.contains(tokens.get(token - 1).key())
          && text.substring(tokens.get(token - 1).end(), tokens.get(token).start()).isBlank();
    }

    /**
     * "والتقت فلانة …", "ورفض فلان الحديث عن الإقالة، وقال: …": the person named after a
     * clause-opening verb that is not a reporting verb is who a later verb without a subject
     * continues. Only a person — by the entity layer, or a name behind a title — is kept, since
     * clause-opening nouns and bodies would otherwise pass for speakers.
     */
    private void introduce(int token, int sentence) {
      int limit = subjectLimit(token + 1, sentence);
      Subject subject = SpeakerNames.after(text, tokens, token + 1, limit, marks);
      if (subject.name() == null || subject.start() != tokens.get(token + 1).start() && !subject.titled()) {
        return;
      }
      SpeakerLinker.Link link = linker.link(subject.name(), subject.start(), subject.end(), roleWords(subject.phrase(), subject.start()));
      boolean person = link != null ? link.type() == EntityType.PER : subject.titled();
      if (person) {
        named(subject, ReportingVerbs.genderOf(tokens.get(token).key()));
      }
    }

    /** The first word of a sentence, or the first after a short fronted adverbial ("من جهتها،"). */
    private boolean opensClause(int token, int sentence) {
      if (token + 1 >= tokens.size() || sentenceOf(tokens.get(token + 1).start()) != sentence
          || tokens.get(token).key().startsWith(ARTICLE) || tokens.get(token).isNumber()) {
        return false;
      }
      int first = firstTokenFrom(sentences.get(sentence).start());
      if (token == first) {
        return true;
      }
      String gap = text.substring(tokens.get(token - 1).end(), tokens.get(token).start());
      return token - first <= FRONTED_ADVERBIAL_WORDS && gap.indexOf('،') >= 0;
    }

    private Speaker speakerOf(int token, Verb verb, int sentence) {
      if (verb.participle()) {
        for (int j = verbs.size() - 1; j >= 0 && verbs.get(j).sentence() == sentence; j--) {
          if (!verbs.get(j).verb().participle()) {
            return verbs.get(j).speaker();
          }
        }
        return history.previous(verb.gender());
      }
      int from = token + 1;
      if (NAQALA.equals(verb.lemma())) {
        int source = afterReportedFrom(from, sentence);
        if (source == from) {
          // "ونقلت الوكالة تصريحاته": without عن the subject is the relaying outlet, not a speaker
          return history.previous(verb.gender());
        }
        from = source;
      }
      int limit = subjectLimit(from, sentence);
      boolean description = verb.withObject() && from < limit && tokens.get(from).key().startsWith(BI);
      Subject subject = description ? Subject.IMPLIED : SpeakerNames.after(text, tokens, from, limit, marks);
      EntityMention antecedent = standsFor(subject, from, token);
      if (antecedent != null) {
        return named(new Subject(antecedent.text(), antecedent.start(), antecedent.end(), true, true, antecedent.start()),
            verb.gender());
      }
      if (!subject.explicit() && unnamedBefore(from, token)) {
        return history.anonymous(verb.gender());
      }
      if (subject.name() != null && SpeakerNames.commonNoun(subject, tokens, firstTokenFrom(subject.start()), marks)
          && linker.link(subject.name(), subject.start(), subject.end(), Set.of()) == null) {
        subject = Subject.IMPLIED;
      }
      if (!subject.explicit()) {
        subject = fronted(token, sentence);
      }
      if (!subject.explicit()) {
        EntityMention person = personIn(tokens.get(token).end(), limit < tokens.size()
            ? tokens.get(limit).start() : text.length());
        return person != null
            ? named(new Subject(person.text(), person.start(), person.end(), true, false, tokens.get(token).end()),
                verb.gender())
            : previous(token, verb.gender());
      }
      return subject.name() == null ? history.anonymous(verb.gender())
          : named(subject, verb.gender());
    }

    /**
     * The speaker an implied subject continues; before any speaker, the pronoun's antecedent is the
     * last person the article named ("عاد المتحدث … فلان …، ليعرض ما وصفه بـ«…»").
     */
    private Speaker previous(int verbToken, Gender gender) {
      Speaker last = history.previous(gender);
      if (last != null) {
        return last;
      }
      int before = tokens.get(verbToken).start();
      EntityMention person = entities.stream()
          .filter(m -> m.type() == EntityType.PER && m.end() <= before)
          .reduce((a, b) -> b)
          .orElse(null);
      return person == null ? null
          : named(new Subject(person.text(), person.start(), person.end(), true, false, person.start()), gender);
    }

    /**
     * "عن مسؤول في الصندوق … وقال المسؤول للصحيفة": a definite word for a source that the article
     * introduced indefinitely, without a name, is that unnamed source again.
     */
    private boolean unnamedBefore(int from, int verbToken) {
      if (from >= tokens.size() || !tokens.get(from).key().startsWith(ARTICLE)) {
        return false;
      }
      String bare = tokens.get(from).key().substring(ARTICLE.length());
      if (!SpeakerNames.isUnnamedSource(bare)) {
        return false;
      }
      for (int i = verbToken - 1; i >= 0; i--) {
        if (tokens.get(i).key().equals(bare)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "وأضاف المتحدث أن …", "ودعا المتحدث إلى …": a definite title with no name of its own refers
     * back to the person the article introduced with that title ("المتحدث باسم الجيش اللواء فلان")
     * — the latest person mention before the verb with the same title at most {@link #ROLE_REACH}
     * words ahead of it. A name read after a preposition belongs to the complement, not the title.
     */
    private EntityMention standsFor(Subject subject, int from, int verbToken) {
      if (from >= tokens.size() || !SpeakerNames.isDefiniteTitle(tokens.get(from).key())) {
        return null;
      }
      if (subject.name() != null && !prepositionBetween(from + 1, subject.start())) {
        return null;
      }
      String role = tokens.get(from).key();
      int before = tokens.get(verbToken).start();
      EntityMention found = null;
      for (EntityMention m : entities) {
        if (m.type() == EntityType.PER && m.end() <= before && (found == null || m.start() > found.start())
            && titledBy(m, role)) {
          found = m;
        }
      }
      return found;
    }

    private boolean prepositionBetween(int fromToken, int offset) {
      for (int i = fromToken; i < tokens.size() && tokens.get(i).start() < offset; i++) {
        if (PREPOSITIONS.contains(tokens.get(i).key())) {
          return true;
        }
      }
      return false;
    }

    /** A person with {@code role} before the name; for a player, any position names the role. */
    private boolean titledBy(EntityMention m, String role) {
      int first = firstTokenFrom(m.start());
      int sentence = sentenceOf(m.start());
      for (int i = first - 1; i >= 0 && i >= first - ROLE_REACH && sentenceOf(tokens.get(i).start()) == sentence; i--) {
        String k = tokens.get(i).key();
        if (role.equals(k) || PLAYER_ROLES.contains(role) && PLAYER_ROLES.contains(k)) {
          return true;
        }
      }
      return false;
    }

    /** A named subject as a speaker: its entity when the layer has one, else the name as read. */
    private Speaker named(Subject subject, Gender gender) {
      SpeakerLinker.Link link = linker.link(subject.name(), subject.start(), subject.end(),
          roleWords(subject.phrase(), subject.start()));
      return link != null ? history.named(link.canonical(), link.entityId(), gender)
          : history.named(subject.name(), null, gender);
    }

    /** The words of the title phrase before a name ("مدرب الرجاء البرتغالي"), which are not the name's. */
    private Set<String> roleWords(int phrase, int nameStart) {
      return phrase >= 0 && phrase < nameStart ? Set.copyOf(NameWords.of(text.substring(phrase, nameStart))) : Set.of();
    }

    /**
     * A subject written before its verb: fronted as a topic ("أما فلان الفلاني، مدرب الفريق،
     * فأوضح"), after كان ("وكان الورشفاني قد قال") or after a complementizer ("غير أن مصدرًا عسكريًا
     * في الكفرة قال").
     */
    private Subject fronted(int verbToken, int sentence) {
      for (int i = verbToken - 1; i >= 0 && sentenceOf(tokens.get(i).start()) == sentence; i--) {
        String k = tokens.get(i).key();
        if (AMMA.equals(k)) {
          return SpeakerNames.after(text, tokens, i + 1, verbToken, marks);
        }
        boolean near = verbToken - i <= FRONTED_SUBJECT_WORDS && !punctuatedBetween(i, verbToken);
        if (near && (KANA.contains(k) || SpeakerNames.isComplementizer(k))) {
          return SpeakerNames.after(text, tokens, i + 1, verbToken, marks);
        }
      }
      return Subject.IMPLIED;
    }

    private boolean punctuatedBetween(int fromToken, int toToken) {
      String between = text.substring(tokens.get(fromToken).end(), tokens.get(toToken).start());
      return between.chars().anyMatch(c -> c == '،' || c == ',' || c == '.' || c == ':' || c == '؛'
          || QuotationMarks.isOpening((char) c) || isClosingMark((char) c));
    }

    /** For نقل ("نقلت الوكالة عن الوزير قوله"): the speaker follows عن. */
    private int afterReportedFrom(int from, int sentence) {
      for (int i = from; i < tokens.size() && sentenceOf(tokens.get(i).start()) == sentence; i++) {
        if (REPORTED_FROM.equals(tokens.get(i).key())) {
          return i + 1;
        }
      }
      return from;
    }

    /** First token after {@code from} that is in a quote or outside the sentence. */
    private int subjectLimit(int from, int sentence) {
      int i = from;
      while (i < tokens.size() && !insideQuote(tokens.get(i).start()) && sentenceOf(tokens.get(i).start()) == sentence
          && !SpeakerNames.isComplementizer(tokens.get(i).key())) {
        i++;
      }
      return i;
    }

    /**
     * A person mention the grammar could not read as a subject (after an unlisted role word); one
     * after a preposition or a naming noun ("كتبت على منصة إكس") is a complement, not a subject.
     */
    private EntityMention personIn(int from, int to) {
      return entities.stream()
          .filter(m -> m.type() == EntityType.PER && m.start() >= from && m.start() < to)
          .filter(m -> {
            int before = lastTokenBefore(m.start());
            return before < 0 || !PREPOSITIONS.contains(tokens.get(before).key()) && !NAME_HEADS.contains(tokens.get(before).key());
          })
          .filter(m -> outlets.stream().noneMatch(o -> o.start() <= m.start() && m.end() <= o.end() + 1))
          .findFirst()
          .orElse(null);
    }

    private boolean isName(Span s) {
      if (outlets.stream().anyMatch(o -> o.start() <= s.start() && s.end() <= o.end())) {
        return true;
      }
      int before = lastTokenBefore(s.open());
      if (before >= 0 && text.substring(tokens.get(before).end(), s.open()).isBlank()
          && NAME_HEADS.contains(tokens.get(before).key())) {
        return true;
      }
      int after = firstTokenFrom(s.close() + 1);
      return after < tokens.size() && text.substring(s.close() + 1, tokens.get(after).start()).isBlank()
          && SpeakerNames.isComplementizer(tokens.get(after).key());
    }

    /**
     * The verb a quoted span belongs to. Spans of three words or more take the nearest verb
     * before them in the sentence, else after; shorter ones need the grammatical link described
     * in the class comment.
     */
    private VerbUse governing(Span s) {
      int sentence = sentenceOf(s.open());
      VerbUse before = null;
      VerbUse after = null;
      for (VerbUse v : verbs) {
        if (v.sentence() != sentence) {
          continue;
        }
        int at = tokens.get(v.token()).start();
        if (at < s.open()) {
          before = v;
        } else if (at > s.close() && after == null) {
          after = v;
        }
      }
      if (words(s) >= SHORT_QUOTE_WORDS) {
        return before != null ? before : after;
      }
      int prev = lastTokenBefore(s.open());
      boolean speechNoun = prev >= 0 && SPEECH_NOUNS.contains(tokens.get(prev).key());
      if (before == null) {
        // chanted or written words without a reporting verb belong to no named speaker
        return speechNoun ? new VerbUse(prev, null, sentence, null) : null;
      }
      char glued = Outlets.prefixBefore(text, s.open());
      boolean linked = speechNoun || glued == BA || glued == LAM
          || (prev >= 0 && CLAUSE_PREPOSITIONS.contains(tokens.get(prev).key()))
          || complementizerBetween(before.token(), s.open());
      return linked ? before : null;
    }

    private boolean complementizerBetween(int verbToken, int offset) {
      for (int i = verbToken + 1; i < tokens.size() && tokens.get(i).start() < offset; i++) {
        if (SpeakerNames.isComplementizer(tokens.get(i).key())) {
          return true;
        }
      }
      return false;
    }

    /**
     * "«…».. بهذه الكلمات لخّص فلان": a quote set before its sentence and joined to it by a
     * double stop is a lead-in, said by the first person the following sentence names.
     */
    private boolean leadsIn(Span s) {
      return text.startsWith(LEAD_IN, s.close() + 1);
    }

    private Speaker leadSpeaker(Span s) {
      int from = s.close() + 1 + LEAD_IN.length();
      int first = firstTokenFrom(from);
      if (first >= tokens.size()) {
        return null;
      }
      int to = sentences.get(sentenceOf(tokens.get(first).start())).end();
      EntityMention person = personIn(from, to);
      if (person == null) {
        return null;
      }
      // the verb opens the sentence, or follows a pointer phrase ("بهذه العبارة افتتح")
      int verb = tokens.get(first).key().startsWith(BI) ? Math.min(first + 2, tokens.size() - 1) : first;
      return named(new Subject(person.text(), person.start(), person.end(), true, false, person.start()),
          ReportingVerbs.genderOf(tokens.get(verb).key()));
    }

    /** The speaker of the last verb before {@code offset}: who a verb-less quote continues. */
    private Speaker speakerBefore(int offset) {
      Speaker last = null;
      for (VerbUse v : verbs) {
        if (tokens.get(v.token()).start() < offset) {
          last = v.speaker();
        }
      }
      return last;
    }

    private Quote reported(VerbUse v, List<Span> direct) {
      int sentence = v.sentence();
      Sentence st = sentences.get(sentence);
      int comp = -1;
      for (int i = v.token() + 1; i < tokens.size() && i <= v.token() + COMPLEMENT_WINDOW; i++) {
        Token t = tokens.get(i);
        // a complementizer belongs to the nearest reporting verb before it ("نقلوا …، مشيرة إلى أن")
        if (t.start() >= st.end() || insideQuote(t.start()) || colonBefore(i) || isVerbUse(i)) {
          break;
        }
        if (SpeakerNames.isComplementizer(t.key())) {
          comp = i;
          break;
        }
      }
      if (comp < 0 || comp + 1 >= tokens.size()) {
        return null;
      }
      int start = tokens.get(comp + 1).start();
      int end = st.end();
      for (VerbUse w : verbs) {
        int at = tokens.get(w.token()).start();
        if (w.sentence() == sentence && at > start && at < end && opensClause(w)) {
          end = at;
        }
      }
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
          && !isClosingMark(text.charAt(end - 1))) {
        end--;
      }
      if (end <= start) {
        return null;
      }
      final int clauseStart = start;
      final int clauseEnd = end;
      // "إن «الصفحة طويت»، مضيفًا": a clause that holds or starts inside a direct quote is that quote;
      // one cutting through any other quoted span would carry a mark without its partner
      if (direct.stream().anyMatch(s -> s.open() < clauseEnd && s.close() >= clauseStart)
          || spans.stream().anyMatch(s -> cutsThrough(s, clauseStart, clauseEnd))) {
        return null;
      }
      return quote(text.substring(start, end), v.speaker(), tokens.get(v.token()).text(), false, start, end,
          givenTo(new Span(start, start, end, end), v));
    }

    /** True when exactly one of the span's two marks lies inside {@code [start, end)}. */
    private static boolean cutsThrough(Span s, int start, int end) {
      return (s.open() >= start && s.open() < end) != (s.close() >= start && s.close() < end);
    }

    /**
     * True when a reporting verb inside a reported clause starts a clause of its own: joined by
     * و/ف ("وأضاف"), after punctuation ("، مشيرًا") or a participle. A bare finite form inside
     * the clause is the clause's own verb in another sense ("إن المصابين نقلوا إلى المستشفى",
     * "أن التقديرات تشير إلى …") and does not end it.
     */
    private boolean opensClause(VerbUse w) {
      int i = w.token();
      String gap = i == 0 ? "" : text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
      return w.verb().participle() || ReportingVerbs.isJoined(tokens.get(i).text())
          || gap.chars().anyMatch(c -> !Character.isWhitespace(c));
    }

    private boolean isVerbUse(int token) {
      return verbs.stream().anyMatch(w -> w.token() == token);
    }

    private boolean colonBefore(int token) {
      return text.substring(tokens.get(token - 1).end(), tokens.get(token).start()).indexOf(':') >= 0;
    }

    /** The outlet named in the quote's sentence, nearest its verb, outside the quote itself. */
    private String givenTo(Span s, VerbUse governing) {
      int sentence = sentenceOf(s.open());
      Sentence st = sentences.get(sentence);
      int anchor = governing != null ? tokens.get(governing.token()).start() : s.open();
      Outlet best = null;
      for (Outlet o : outlets) {
        boolean inSentence = o.start() >= st.start() && o.end() <= st.end();
        boolean inQuote = o.start() >= s.start() && o.end() <= s.end();
        if (inSentence && !inQuote && (best == null || Math.abs(o.start() - anchor) < Math.abs(best.start() - anchor))) {
          best = o;
        }
      }
      return best == null ? null : best.name();
    }

    private Quote quote(String words, Speaker speaker, String verb, boolean direct, int start, int end, String givenTo) {
      String name = speaker == null ? null : speaker.name();
      String id = speaker == null ? null : speaker.entityId();
      return new Quote(words, name, id, verb, direct, start, end, givenTo);
    }

    private int words(Span s) {
      int n = 0;
      for (Token t : tokens) {
        if (t.start() >= s.start() && t.end() <= s.end()) {
          n++;
        }
      }
      return n;
    }

    private boolean insideQuote(int offset) {
      return spans.stream().anyMatch(s -> offset > s.open() && offset < s.close() && !isNameSpan(s));
    }

    private boolean isNameSpan(Span s) {
      return outlets.stream().anyMatch(o -> o.start() <= s.start() && s.end() <= o.end());
    }

    private int sentenceOf(int offset) {
      for (int i = 0; i < sentences.size(); i++) {
        if (offset < sentences.get(i).end()) {
          return i;
        }
      }
      return sentences.size() - 1;
    }

    private int lastTokenBefore(int offset) {
      return firstTokenFrom(offset) - 1;
    }

    private int firstTokenFrom(int offset) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private static boolean isClosingMark(char c) {
      return c == QuotationMarks.RIGHT_GUILLEMET || c == QuotationMarks.RIGHT_CURLY || c == QuotationMarks.STRAIGHT;
    }
  }

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(ArabicNormalizer::key).collect(Collectors.toUnmodifiableSet());
  }
}
