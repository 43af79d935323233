package dev.rasd.entity;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.pipeline.Stage;
import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.FutureVerbs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity layer: finds PER, ORG, LOC and MEDIA mentions in the clean body. Per sentence:
 * <ol>
 *   <li>the statistical tagger ({@link NerTagger}) proposes PER/ORG/LOC spans;</li>
 *   <li>outlet names from the media lexicon, outlet phrases ("وكالة … للأنباء", "قناة …",
 *       "صحيفة …") and the agency credit of a dateline ("بنغازي (الساحل) -") become MEDIA,
 *       replacing overlapping spans, since the training corpus has no outlet class;</li>
 *   <li>organisation phrases the tagger missed or cut short become ORG ({@link #addOrgPhrases}),
 *       including a genitive joined by و ("وزارة التربية والتعليم");</li>
 *   <li>gazetteer places the tagger missed, or cut into pieces, become LOC, as does a state title
 *       before a known place ("بسلطنة عمان"), whose clitics the place decides;</li>
 *   <li>one-word PER spans that are definite common nouns ("الإسعاف") are dropped;</li>
 *   <li>one-word LOC spans that are nisba adjectives (الليبي، الروسية) are dropped: they are
 *       attributes, not mentions of the place; so are place names that are common words where the
 *       article has no cue of the place ("سيول", torrents, without Korea: {@link PlaceGazetteer#isCommonWordHere});</li>
 *   <li>a plus sign glued to a body's name belongs to it ("فلان+", {@link #attachPlus});</li>
 *   <li>a nationality after a one-word or لل-complemented organisation
 *       name is left out of it ({@link #trimNationality});</li>
 *   <li>each mention's span starts after the clitics of its first word (وبوتين → بوتين), decided
 *       with the known-name lexicons and the article's own words ({@link #cliticLength}).</li>
 * </ol>
 * LOC mentions found in the gazetteer carry its coordinates; a name normalisation merges with
 * another place's ("عمّان" Amman, "عمان" Oman) is resolved by its spelling and the article's
 * words. Not thread-safe (the tagger reuses buffers).
 */
public final class EntityRecognizer implements Stage {
  private static final Set<String> MEDIA_SUFFIXES = Set.of("للانباء", "الاخباريه", "الاخباري", "نت");
  /** Outlet heads too generic to take an unknown next word as a name ("وكالة الفضاء" is an agency, not an outlet). */
  private static final Set<String> WEAK_MEDIA_HEADS = Set.of("وكاله", "موقع", "شبكه");
  private static final int MAX_MEDIA_NAME_WORDS = 3;
  /** A name's last word taken for a future verb has a stem of three letters at least (not سيف). */
  private static final int FUTURE_VERB_MIN_LENGTH = 5;
  /** Quotation marks around an outlet's name: guillemets, curly and straight double quotes. */
  private static final String OPENING_MARKS = "\u00AB\u201C\u201E\"";
  private static final String CLOSING_MARKS = "\u00BB\u201D\u201C\"";
  private static final int MAX_ORG_WORDS = 4;
  private static final int MAX_ACRONYM = 8;
  /** Definite relative pronouns and demonstratives, which end a name rather than continue it. */
  private static final Set<String> FUNCTION_WORDS = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "الان", "اليوم", "الي", "للذين");
  private static final int DATELINE_WINDOW = 6;
  private static final char TATWEEL = '\u0640';
  private static final String PLUS = "+";
  /** Prefix of the entries of an article's word set that are inner words of its names (no word key starts with it). */
  private static final String NAME_WORD_MARK = "\u0000";
  /** Shorter last words ("بن", "ابو") are name particles, not surnames. */
  private static final int MIN_SURNAME = 4;

  private final NerTagger tagger;
  private final EntityLexicon lexicon;
  private final CuedPersonNames cuedNames;
  private ArticleWords lastArticle;

  public EntityRecognizer() {
    this(NerTagger.bundled(), EntityLexicon.bundled());
  }

  public EntityRecognizer(NerTagger tagger, EntityLexicon lexicon) {
    this.tagger = tagger;
    this.lexicon = lexicon;
    this.cuedNames = new CuedPersonNames(lexicon, tagger.model()::isNameWord);
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    List<List<TaggingTokens.Tok>> body = TaggingTokens.sentences(article.text());
    List<List<TaggingTokens.Tok>> title = TaggingTokens.sentences(article.title());
    Set<String> local = wordsOf(body, title);
    lastArticle = new ArticleWords(article.id(), article.title(), article.text(), title, local);
    return article.withEntities(recognize(article.text(), body, local));
  }

  /**
   * Mentions in the article's title, for resolution context only (titles have no offsets in the
   * layer). The resolver asks right after this stage has run over the same article, so the words
   * kept from {@link #apply} spare tokenizing the body a second time.
   */
  public List<EntityMention> titleMentions(AnalyzedArticle article) {
    ArticleWords last = lastArticle;
    if (last != null && last.id().equals(article.id()) && last.title().equals(article.title()) && last.text().equals(article.text())) {
      return recognize(article.title(), last.titleSentences(), last.local());
    }
    return recognize(article.title(), article.text());
  }

  /** The tokenized title and the word keys of the article last seen by {@link #apply}. */
  private record ArticleWords(String id, String title, String text, List<List<TaggingTokens.Tok>> titleSentences, Set<String> local) {
  }

  /**
   * Mentions in {@code text}, ordered by offset; {@code context} (the title for a body, the body
   * for a title) only helps decide clitics.
   */
  public List<EntityMention> recognize(String text, String context) {
    List<List<TaggingTokens.Tok>> sentences = TaggingTokens.sentences(text);
    return recognize(text, sentences, wordsOf(sentences, TaggingTokens.sentences(context)));
  }

  private static Set<String> wordsOf(List<List<TaggingTokens.Tok>> text, List<List<TaggingTokens.Tok>> context) {
    Set<String> local = new HashSet<>();
    for (List<List<TaggingTokens.Tok>> part : List.of(text, context)) {
      for (List<TaggingTokens.Tok> s : part) {
        for (TaggingTokens.Tok t : s) {
          local.add(t.key());
        }
      }
    }
    return local;
  }

  /** Mentions in the tokenized {@code text}; {@code local} holds the word keys of the whole article. */
  private List<EntityMention> recognize(String text, List<List<TaggingTokens.Tok>> sentences, Set<String> local) {
    List<Tagged> tagged = new ArrayList<>(sentences.size());
    for (int si = 0; si < sentences.size(); si++) {
      List<TaggingTokens.Tok> toks = sentences.get(si);
      String[] keys = toks.stream().map(TaggingTokens.Tok::key).toArray(String[]::new);
      List<List<ArabicClitics.Bare>> readings = NerFeatures.readingsOf(keys);
      List<TokenSpan> spans = new ArrayList<>(TokenSpan.of(tagger.tag(keys, readings)));
      addMedia(keys, readings, spans);
      if (si == 0) {
        addDatelineCredit(keys, spans);
      }
      addOrgPhrases(keys, readings, spans);
      trimNationality(keys, spans);
      addPlaces(keys, readings, spans);
      cuedNames.addTo(keys, readings, spans);
      attachPlus(toks, spans);
      tagged.add(new Tagged(toks, keys, readings, spans));
    }
    trimPersonHeads(tagged);
    trimFutureVerbTails(tagged);
    markNameWords(tagged, local);
    propagate(tagged, local);
    dropCommonNounPersons(tagged);
    List<EntityMention> out = new ArrayList<>();
    for (Tagged t : tagged) {
      for (TokenSpan span : t.spans()) {
        EntityMention m = mention(text, t.toks(), t.keys(), span, local);
        if (m != null) {
          out.add(m);
        }
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    return out;
  }

  /**
   * Records in {@code local}, marked, the words that follow the first word of a multi-word span:
   * they were never cut from a clitic, so the same word elsewhere ("فودة" after "علاء فودة") is
   * the name whole, not ف + a word.
   */
  private static void markNameWords(List<Tagged> tagged, Set<String> local) {
    for (Tagged t : tagged) {
      for (TokenSpan span : t.spans()) {
        for (int i = span.start() + 1; i < span.end(); i++) {
          local.add(NAME_WORD_MARK + t.keys()[i]);
        }
      }
    }
  }

  /** One sentence with its tokens, keys, clitic readings and current spans. */
  private record Tagged(List<TaggingTokens.Tok> toks, String[] keys, List<List<ArabicClitics.Bare>> readings, List<TokenSpan> spans) {
  }

  /**
   * One sense per document: a name found once is a name wherever it recurs in the article, and a
   * person's surname alone ("الورشفاني" after "سالم بوعزيزة الورشفاني") refers to that person. The tagger
   * decides each sentence alone and often misses these repeats, so every mention's words (and the
   * last word of multi-word person names) are matched again over the uncovered tokens.
   */
  private void propagate(List<Tagged> tagged, Set<String> local) {
    PhraseIndex<EntityType> seen = new PhraseIndex<>();
    for (Tagged t : tagged) {
      for (TokenSpan span : t.spans()) {
        String first = t.keys()[span.start()].substring(cliticLength(t.keys()[span.start()], local));
        StringBuilder phrase = new StringBuilder(first);
        for (int i = span.start() + 1; i < span.end(); i++) {
          phrase.append(' ').append(t.keys()[i]);
        }
        if (isWord(first)) {
          seen.put(phrase.toString(), span.type());
        }
        String last = t.keys()[span.end() - 1];
        if (span.type() == EntityType.PER && span.end() - span.start() > 1 && last.length() >= MIN_SURNAME) {
          seen.put(last, EntityType.PER);
        }
      }
    }
    for (Tagged t : tagged) {
      for (int i = 0; i < t.keys().length; i++) {
        LexiconMarks.Match m = LexiconMarks.longest(seen, t.keys(), i, t.keys().length, t.readings().get(i));
        if (m.words() > 0 && !covered(t.spans(), i, i + m.words())) {
          EntityType type = seenType(seen, t, i, m.words());
          if (type != null) {
            t.spans().add(new TokenSpan(i, i + m.words(), type));
          }
          i += m.words() - 1;
        }
      }
    }
  }

  /**
   * A one-word PER that is a definite common noun ("الإسعاف", "والتعليم") is a tagging slip: a
   * person named by one definite word is a known surname (the training names, the people list, or
   * the last word of a fuller name in the same article) or a nisba-shaped family name ("الريامي").
   */
  private void dropCommonNounPersons(List<Tagged> tagged) {
    Set<String> surnames = new HashSet<>();
    for (Tagged t : tagged) {
      for (TokenSpan span : t.spans()) {
        if (span.type() == EntityType.PER && span.end() - span.start() > 1) {
          surnames.add(t.keys()[span.end() - 1]);
        }
      }
    }
    for (Tagged t : tagged) {
      t.spans().removeIf(span -> span.type() == EntityType.PER && span.end() - span.start() == 1
          && (isCommonDefiniteNoun(t.keys()[span.start()], surnames) || isPlaceNisba(t.keys()[span.start()], surnames)));
    }
  }

  /**
   * A person span of three words or more ending in a future verb ("فلان الفلاني سيستقبل"): the
   * tagger ran the name into the verb after it; س before a present prefix opens no name that the
   * lists know, so the verb is cut off.
   */
  private void trimFutureVerbTails(List<Tagged> tagged) {
    for (Tagged t : tagged) {
      List<TokenSpan> spans = t.spans();
      for (int k = 0; k < spans.size(); k++) {
        TokenSpan s = spans.get(k);
        if (s.type() == EntityType.PER && s.end() - s.start() >= 3 && isFutureVerb(t.keys()[s.end() - 1])) {
          spans.set(k, new TokenSpan(s.start(), s.end() - 1, EntityType.PER));
        }
      }
    }
  }

  private boolean isFutureVerb(String key) {
    return key.length() >= FUTURE_VERB_MIN_LENGTH && FutureVerbs.isFuture(key)
        && !lexicon.givenNames().contains(key) && !lexicon.people().contains(key);
  }

  /**
   * A place's nisba alone ("السورية" in "الخارجية السورية") is an attribute, not a person, unless
   * the article uses it as the surname of a full name ("أحمد المصري" … "المصري").
   */
  private boolean isPlaceNisba(String key, Set<String> surnames) {
    return !surnames.contains(key) && PlaceNisba.isOf(key, lexicon.places());
  }

  /**
   * A person span of three words or more that opens with a definite common noun (an
   * institution's head among them, which training names often hold) or a place is a
   * name the tagger ran into from the word before it: "مدير المرصد فلان الفلاني" tags "المرصد فلان
   * الفلاني", "لاعب نادي_مدينة فلان الفلاني" the town. Arabic given names take no article and are
   * rarely place names, so that first word is cut off, with any title before it ("والي"
   * المدينة), and the two-word name or longer stays.
   */
  private void trimPersonHeads(List<Tagged> tagged) {
    for (Tagged t : tagged) {
      List<TokenSpan> spans = t.spans();
      for (int k = 0; k < spans.size(); k++) {
        TokenSpan s = spans.get(k);
        if (s.type() != EntityType.PER) {
          continue;
        }
        int head = s.start();
        while (head < s.end() && lexicon.personCues().contains(t.keys()[head])) {
          head++;
        }
        if (s.end() - head >= 3 && (isForeignHead(t.keys()[head]) || isNameBefore(t.keys()[head], t.keys()[head + 1]))) {
          spans.set(k, new TokenSpan(head + 1, s.end(), EntityType.PER));
        }
      }
    }
  }

  /**
   * A definite word that is no given name, right before a given name: a club, a body or a nisba the
   * tagger glued onto the person ("الفلاني عادل فلان" for the club الفلاني's coach). Arabic names open
   * with the given name, so the person starts at it.
   */
  private boolean isNameBefore(String key, String next) {
    String bare = key.substring(ArabicClitics.certainPrefix(key));
    String nextBare = next.substring(ArabicClitics.certainPrefix(next));
    return ArabicClitics.articleAt(bare, 0) > 0 && !lexicon.givenNames().contains(bare) && !lexicon.people().contains(bare)
        && lexicon.givenNames().contains(nextBare);
  }

  private boolean isForeignHead(String key) {
    String bare = key.substring(ArabicClitics.certainPrefix(key));
    // the tagger's name words include institution heads and places from training ORG and LOC
    // names, so only the name lists vouch for such a word being a given name
    boolean head = ArabicClitics.articleAt(bare, 0) > 0 && lexicon.orgHeads().contains(bare) || lexicon.places().contains(bare);
    return isCommonDefiniteNoun(key, Set.of()) || head && !lexicon.givenNames().contains(bare) && !lexicon.people().contains(bare);
  }

  /** A definite word that names no one known: not a nisba, not a known person word, not a surname of {@code surnames}. */
  boolean isCommonDefiniteNoun(String key, Set<String> surnames) {
    int clitic = ArabicClitics.certainPrefix(key);
    if (ArabicClitics.articleAt(key, clitic) == 0 || ArabicClitics.isNisba(key)) {
      return false;
    }
    String bare = key.substring(clitic);
    return !surnames.contains(bare) && !surnames.contains(key) && !isKnownPersonWord(bare);
  }

  private boolean isKnownPersonWord(String key) {
    return tagger.model().isNameWord(key) || lexicon.givenNames().contains(key) || lexicon.surnames().contains(key) || lexicon.people().contains(key);
  }

  /**
   * The type under which the {@code words} words at {@code i} were seen, trying the first word's
   * clitic readings: "وللورشفاني" is found as "الورشفاني" only with the alef that ل + ال elides restored.
   */
  private static EntityType seenType(PhraseIndex<EntityType> seen, Tagged t, int i, int words) {
    String rest = String.join(" ", Arrays.asList(t.keys()).subList(i + 1, i + words));
    for (ArabicClitics.Bare r : t.readings().get(i)) {
      EntityType type = seen.get(rest.isEmpty() ? r.key() : r.key() + " " + rest);
      if (type != null) {
        return type;
      }
    }
    return null;
  }

  private static void replace(List<TokenSpan> spans, TokenSpan added) {
    spans.removeIf(s -> s.overlaps(added.start(), added.end()));
    spans.add(added);
  }

  private static boolean covered(List<TokenSpan> spans, int s, int e) {
    return spans.stream().anyMatch(x -> x.overlaps(s, e));
  }

  private void addMedia(String[] keys, List<List<ArabicClitics.Bare>> readings, List<TokenSpan> spans) {
    for (int i = 0; i < keys.length; i++) {
      int known = LexiconMarks.longest(lexicon.media(), keys, i, keys.length, readings.get(i)).words();
      int head = LexiconMarks.longest(lexicon.mediaHeads(), keys, i, keys.length, readings.get(i)).words();
      int quoted = known == 0 && head > 0 ? quotedName(keys, i + head) : -1;
      if (quoted > 0) {
        // "صحيفة «فلان»": the name in marks after an outlet's head noun is the outlet
        replace(spans, new TokenSpan(i + head + 1, quoted, EntityType.MEDIA));
        i = quoted;
        continue;
      }
      int end = known > 0 ? i + known : head > 0 ? outletPhraseEnd(keys, readings, i, head, spans) : -1;
      if (end > i) {
        replace(spans, new TokenSpan(i, end, EntityType.MEDIA));
        i = end - 1;
      }
    }
  }

  /**
   * End of an outlet phrase opened by a head noun at {@code i}: up to the suffix "للأنباء" or
   * "الإخبارية" within a few words; else, for a specific head (قناة، صحيفة …), through the name
   * the tagger found right after it or the one next word; -1 when there is none.
   */
  private int outletPhraseEnd(String[] keys, List<List<ArabicClitics.Bare>> readings, int i, int head, List<TokenSpan> spans) {
    int nameStart = i + head;
    for (int j = nameStart + 1; j <= Math.min(keys.length - 1, nameStart + MAX_MEDIA_NAME_WORDS); j++) {
      if (MEDIA_SUFFIXES.contains(keys[j])) {
        return j + 1;
      }
    }
    String headKey = readings.get(i).get(readings.get(i).size() > 1 ? 1 : 0).key();
    if (nameStart >= keys.length || WEAK_MEDIA_HEADS.contains(headKey) || WEAK_MEDIA_HEADS.contains(keys[i])
        || lexicon.places().contains(keys[nameStart]) || !isWord(keys[nameStart])) {
      return -1;
    }
    for (TokenSpan s : spans) {
      if (s.start() == nameStart) {
        return s.end();
      }
    }
    return nameStart + 1;
  }

  /**
   * The index of the mark closing a name of one to {@value #MAX_MEDIA_NAME_WORDS} words in
   * quotation marks opening at {@code open}, or -1: "«الضفتين»", "“الملعب اليوم”".
   */
  private static int quotedName(String[] keys, int open) {
    if (open >= keys.length || keys[open].length() != 1 || OPENING_MARKS.indexOf(keys[open].charAt(0)) < 0) {
      return -1;
    }
    for (int j = open + 1; j < keys.length && j <= open + MAX_MEDIA_NAME_WORDS + 1; j++) {
      if (keys[j].length() == 1 && CLOSING_MARKS.indexOf(keys[j].charAt(0)) >= 0) {
        return j > open + 1 ? j : -1;
      }
      if (!isWord(keys[j]) && !Character.isDigit(keys[j].charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isWord(String key) {
    return key.length() >= 2 && Character.isLetter(key.charAt(0));
  }

  /** "CITY (AGENCY) -" at the start of a body: the parenthesised credit names an outlet. */
  private static void addDatelineCredit(String[] keys, List<TokenSpan> spans) {
    for (int open = 1; open < Math.min(keys.length, DATELINE_WINDOW); open++) {
      if (!keys[open].equals("(")) {
        continue;
      }
      for (int close = open + 2; close <= Math.min(keys.length - 2, open + MAX_MEDIA_NAME_WORDS + 1); close++) {
        if (keys[close].equals(")") && (keys[close + 1].equals("-") || keys[close + 1].equals("–") || keys[close + 1].equals(":"))) {
          replace(spans, new TokenSpan(open + 1, close, EntityType.MEDIA));
          return;
        }
      }
      return;
    }
  }

  /**
   * Organisation names built the way Arabic builds them. A head noun from the cue list opens a
   * name when a definite genitive follows it ("وزارة الصحة", "حكومة الوحدة الوطنية"), or, when
   * the head is itself definite, at least two definite words ("الجيش الوطني الليبي"; one alone is
   * usually a description: "الحكومة السودانية"); a place in the genitive is the body's
   * complement and joins it ("بنك المدينة"). Any ORG span, found here or by the tagger, then
   * takes a following لل- complement and its definite words ("المجلس الأعلى للدولة", "… العليا
   * للانتخابات") and a nationality after it, and a Latin acronym in parentheses right after it ("(UNSMIL)") is the same body.
   */
  private void addOrgPhrases(String[] keys, List<List<ArabicClitics.Bare>> readings, List<TokenSpan> spans) {
    for (int i = 0; i < keys.length; i++) {
      int head = LexiconMarks.longest(lexicon.orgHeads(), keys, i, keys.length, readings.get(i)).words();
      if (head == 0 || covered(spans, i, i + head)) {
        continue;
      }
      int end = definiteRun(keys, i + head, MAX_ORG_WORDS);
      boolean definiteHead = ArabicClitics.articleAt(keys[i], ArabicClitics.certainPrefix(keys[i])) > 0;
      int needed = definiteHead ? 2 : 1;
      if (end - (i + head) >= needed && (!covered(spans, i, end) || onlyPlacesInComplement(spans, i + head, end))) {
        replace(spans, new TokenSpan(i, end, EntityType.ORG));
        i = end - 1;
      }
    }
    joinConjoinedComplements(keys, spans);
    List<TokenSpan> extended = new ArrayList<>(spans.size());
    for (TokenSpan s : spans) {
      int end = s.end();
      if (s.type() == EntityType.ORG && end < keys.length && isGenitiveComplement(keys[end]) && !covered(spans, end, end + 1)) {
        end = definiteRun(keys, end + 1, MAX_ORG_WORDS);
        while (end > s.end() + 1 && covered(spans, s.end() + 1, end)) {
          end--;
        }
      }
      if (s.type() == EntityType.ORG && end < keys.length && PlaceNisba.isOf(keys[end], lexicon.places()) && !covered(spans, end, end + 1)) {
        // the body's nationality, which tells one country's body from another's; trimNationality
        // takes it back off the names that do not keep it
        end++;
      }
      extended.add(new TokenSpan(s.start(), end, s.type()));
      if (s.type() == EntityType.ORG && end + 2 < keys.length && keys[end].equals("(") && keys[end + 2].equals(")")
          && isAcronym(keys[end + 1]) && !covered(spans, end + 1, end + 2)) {
        extended.add(new TokenSpan(end + 1, end + 2, EntityType.ORG));
      }
    }
    spans.clear();
    spans.addAll(extended);
  }

  /**
   * The spans over the genitive [{@code from}, {@code end}) of a head noun are places only: the
   * place is the body's complement ("بنك فلانستان", "جامعة المدينة"), named by it.
   */
  private static boolean onlyPlacesInComplement(List<TokenSpan> spans, int from, int end) {
    return spans.stream().filter(x -> x.overlaps(from - 1, end))
        .allMatch(x -> x.type() == EntityType.LOC && x.start() >= from && x.end() <= end);
  }

  /**
   * A one-word name or a name with a لل complement does not take the nationality written after
   * it: "الزمالك المصري" is الزمالك, of Egypt, and "شركة … للاتصالات الأردنية" ends at its
   * domain. A construct or definite phrase keeps it ("وزارة الصحة العراقية", "البنك المركزي
   * المصري"), since there the adjective often tells which body it is (measured: trimming those
   * lost more dev surfaces than it found); so does a listed organisation.
   */
  private void trimNationality(String[] keys, List<TokenSpan> spans) {
    for (int k = 0; k < spans.size(); k++) {
      TokenSpan s = spans.get(k);
      int words = s.end() - s.start();
      if (s.type() != EntityType.ORG || words < 2 || !PlaceNisba.isOf(keys[s.end() - 1], lexicon.places())
          || lexicon.organisations().contains(String.join(" ", Arrays.asList(keys).subList(s.start(), s.end())))) {
        continue;
      }
      boolean construct = ArabicClitics.articleAt(keys[s.start()], ArabicClitics.certainPrefix(keys[s.start()])) == 0;
      boolean complement = false;
      for (int i = s.start() + 1; i < s.end(); i++) {
        complement |= isGenitiveComplement(keys[i]);
      }
      if (complement || (words == 2 && !construct)) {
        spans.set(k, new TokenSpan(s.start(), s.end() - 1, EntityType.ORG));
      }
    }
  }

  /**
   * A name opened by an indefinite head noun in the construct state ("وزارة التربية", "هيئة
   * الدفاع المدني") goes on through a genitive joined by و ("والتعليم", "والإسعاف"): the head
   * governs both. The conjoined word is taken into the ORG, and a one-word span the tagger made of
   * it (a PER "الإسعاف") is dropped. A definite head ("الجيش الليبي والشرطة") is not extended, since
   * there و usually joins a second body. Places ("والقاهرة") are never taken.
   */
  private void joinConjoinedComplements(String[] keys, List<TokenSpan> spans) {
    for (int k = 0; k < spans.size(); k++) {
      TokenSpan s = spans.get(k);
      if (s.type() != EntityType.ORG || s.end() - s.start() < 2 || ArabicClitics.articleAt(keys[s.start()], ArabicClitics.certainPrefix(keys[s.start()])) > 0) {
        continue;
      }
      int end = s.end();
      while (end < keys.length && end - s.start() < MAX_ORG_WORDS + 1 && isConjoinedDefinite(keys[end]) && absorbable(spans, end)) {
        int word = end;
        spans.removeIf(x -> x.start() == word);
        end++;
      }
      if (end > s.end()) {
        int at = spans.indexOf(s);
        spans.set(at, new TokenSpan(s.start(), end, EntityType.ORG));
        k = at;
      }
    }
  }

  /** و + ال + noun, not a relative pronoun nor a place: "والتعليم", "والإسعاف". */
  private boolean isConjoinedDefinite(String key) {
    return key.charAt(0) == ArabicClitics.WAW && ArabicClitics.certainPrefix(key) == 1 && ArabicClitics.articleAt(key, 1) > 0
        && !isFunctionWord(key.substring(1)) && !lexicon.places().contains(key.substring(1));
  }

  /** The word at {@code i} is free, or a one-word PER of its own (a named body there is a second name: "واليونيسف"). */
  private static boolean absorbable(List<TokenSpan> spans, int i) {
    return spans.stream().filter(x -> x.overlaps(i, i + 1)).allMatch(x -> x.type() == EntityType.PER && x.start() == i && x.end() == i + 1);
  }

  /**
   * End of the run of up to {@code max} definite words (ال-, with clitics) starting at {@code from};
   * a title ("المقدم", "اللواء") ends it, since a person's name follows it, not the body's.
   */
  private int definiteRun(String[] keys, int from, int max) {
    int j = from;
    while (j < keys.length && j - from < max && ArabicClitics.articleAt(keys[j], ArabicClitics.certainPrefix(keys[j])) > 0
        && !isFunctionWord(keys[j])) {
      j++;
    }
    return j;
  }

  /** لل + noun: the preposition ل with the article, which links a body to its domain. */
  private static boolean isGenitiveComplement(String key) {
    return key.length() > 4 && key.charAt(0) == ArabicClitics.LAM && key.charAt(1) == ArabicClitics.LAM && !isFunctionWord(key);
  }

  private static boolean isFunctionWord(String key) {
    return FUNCTION_WORDS.contains(key);
  }

  private static boolean isAcronym(String key) {
    if (key.length() < 2 || key.length() > MAX_ACRONYM) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 0x80 || !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A plus sign glued to the end of a body's name is part of it: "فلان+" is the alliance widened
   * from the body "فلان", another entity. The tokenizer splits it off as punctuation.
   */
  private static void attachPlus(List<TaggingTokens.Tok> toks, List<TokenSpan> spans) {
    for (int k = 0; k < spans.size(); k++) {
      TokenSpan s = spans.get(k);
      int next = s.end();
      if (s.type() != EntityType.PER && next < toks.size() && toks.get(next).key().equals(PLUS)
          && toks.get(next).start() == toks.get(next - 1).end() && !covered(spans, next, next + 1)) {
        spans.set(k, new TokenSpan(s.start(), next + 1, s.type()));
      }
    }
  }

  /**
   * Gazetteer places the tagger missed, and a state's title before a known place ("بسلطنة عمان",
   * "مملكة البحرين"). A place phrase replaces the LOC spans it contains: the tagger often cuts the
   * title off as a place of its own ("سلطنة" + "عمان").
   */
  private void addPlaces(String[] keys, List<List<ArabicClitics.Bare>> readings, List<TokenSpan> spans) {
    for (int i = 0; i < keys.length; i++) {
      int words = placePhraseWords(keys, readings, i);
      if (words > 0 && (!covered(spans, i, i + words) || onlyShorterPlacesInside(spans, i, i + words))) {
        replace(spans, new TokenSpan(i, i + words, EntityType.LOC));
      }
      if (words > 0) {
        i += words - 1;
      }
    }
  }

  /** Words of the place phrase at {@code i}: a gazetteer name, or a state title and the gazetteer name after it; 0 when none. */
  private int placePhraseWords(String[] keys, List<List<ArabicClitics.Bare>> readings, int i) {
    int words = LexiconMarks.longest(lexicon.places().index(), keys, i, keys.length, readings.get(i)).words();
    int title = LexiconMarks.longest(lexicon.stateTitles(), keys, i, keys.length, readings.get(i)).words();
    if (title > 0 && i + title < keys.length) {
      int place = LexiconMarks.longest(lexicon.places().index(), keys, i + title, keys.length, List.of(readings.get(i + title).get(0))).words();
      if (place > 0) {
        words = Math.max(words, title + place);
      }
    }
    return words;
  }

  private static boolean onlyShorterPlacesInside(List<TokenSpan> spans, int s, int e) {
    return spans.stream().filter(x -> x.overlaps(s, e))
        .allMatch(x -> x.type() == EntityType.LOC && x.start() >= s && x.end() <= e && x.end() - x.start() < e - s);
  }

  private EntityMention mention(String text, List<TaggingTokens.Tok> toks, String[] keys, TokenSpan span, Set<String> local) {
    TaggingTokens.Tok first = toks.get(span.start());
    TaggingTokens.Tok last = toks.get(span.end() - 1);
    if (!isWord(first.key()) && first.key().length() < 2) {
      return null;
    }
    int placeClitic = span.type() == EntityType.LOC ? placeClitic(keys, span) : -1;
    int clitic = placeClitic >= 0 ? placeClitic : cliticLength(first.key(), local);
    if (span.type() == EntityType.LOC && span.end() - span.start() == 1) {
      String bare = first.key().substring(clitic);
      if (ArabicClitics.isNisba(bare) && !lexicon.places().contains(bare)
          || lexicon.places().isCommonWordHere(bare.substring(ArabicClitics.articleAt(bare, 0)), local)) {
        return null;
      }
    }
    int start = first.start() + surfaceOffset(first.text(), clitic);
    int end = last.end();
    if (start >= end) {
      return null;
    }
    EntityMention m = new EntityMention(text.substring(start, end), span.type(), start, end);
    if (span.type() == EntityType.LOC) {
      Place place = lookupPlace(keys, span, clitic, m.text(), local);
      if (place != null) {
        m = m.located(place.lat(), place.lon());
      }
    }
    return m;
  }

  /**
   * The clitic letters before a LOC span that is a place phrase with them removed ("بسلطنة عمان"),
   * the most literal reading first ("بنغازي" keeps its ب); -1 when no reading is a place phrase.
   */
  private int placeClitic(String[] keys, TokenSpan span) {
    String rest = String.join(" ", Arrays.asList(keys).subList(span.start() + 1, span.end()));
    for (ArabicClitics.Bare r : ArabicClitics.readings(keys[span.start()])) {
      if (placeOf(rest.isEmpty() ? r.key() : r.key() + " " + rest) != null) {
        return r.prefix();
      }
    }
    return -1;
  }

  /** The place a phrase (normalised key) names: a gazetteer entry, or a state title and an entry ("مملكه البحرين"). */
  private Place placeOf(String phrase) {
    Place p = lexicon.places().lookup(phrase);
    int space = phrase.indexOf(' ');
    if (p == null && space > 0 && lexicon.stateTitles().contains(phrase.substring(0, space))) {
      p = lexicon.places().lookup(phrase.substring(space + 1));
    }
    return p;
  }

  /** The gazetteer place of a LOC span, told apart from its homographs by its spelling and the article's words. */
  private Place lookupPlace(String[] keys, TokenSpan span, int clitic, String surface, Set<String> local) {
    for (ArabicClitics.Bare r : ArabicClitics.readings(keys[span.start()])) {
      if (r.prefix() != clitic && r.prefix() != 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder(r.key());
      for (int i = span.start() + 1; i < span.end(); i++) {
        sb.append(' ').append(keys[i]);
      }
      Place p = lexicon.places().resolve(sb.toString(), surface, local);
      if (p == null && span.end() - span.start() > 1 && lexicon.stateTitles().contains(r.key())) {
        p = lexicon.places().resolve(sb.substring(r.key().length() + 1), surface, local);
      }
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * How many clitic letters open the word {@code key}: the certain ones before ال; else the first
   * shorter reading that is a known name (training names, gazetteer, outlets, or a bare word of the
   * same article: "وبوتين" when "بوتين" occurs); else none when the word itself is known; else a
   * lone و/ف, since names beginning with those letters are rarer than the conjunction.
   */
  int cliticLength(String key, Set<String> local) {
    int certain = ArabicClitics.certainPrefix(key);
    if (certain > 0) {
      return certain;
    }
    if (lexicon.givenNames().contains(key)) {
      return 0;
    }
    for (ArabicClitics.Bare r : ArabicClitics.readings(key)) {
      if (r.prefix() > 0 && known(r.key(), local)) {
        return r.prefix();
      }
    }
    if (known(key, null) || lexicon.surnames().contains(key) || (local != null && local.contains(NAME_WORD_MARK + key))) {
      return 0;
    }
    return ArabicClitics.maximalPrefix(key) > 0 && ArabicClitics.isConjunction(key.charAt(0)) ? 1 : 0;
  }

  private boolean known(String key, Set<String> local) {
    return tagger.model().isNameWord(key) || lexicon.places().contains(key) || lexicon.outlet(key) != null
        || (local != null && local.contains(key));
  }

  /** The offset in the surface word after {@code letters} normalised letters (diacritics and tatweel skipped). */
  private static int surfaceOffset(String surface, int letters) {
    int seen = 0;
    int i = 0;
    while (i < surface.length() && seen < letters) {
      char c = surface.charAt(i);
      if (!ArabicNormalizer.isDiacritic(c) && c != TATWEEL) {
        seen++;
      }
      i++;
    }
    while (i < surface.length() && (ArabicNormalizer.isDiacritic(surface.charAt(i)) || surface.charAt(i) == TATWEEL)) {
      i++;
    }
    return i;
  }
}
