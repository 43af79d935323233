package dev.rasd.entity;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Entity;
import dev.rasd.model.EntityMention;
import dev.rasd.model.EntityType;
import dev.rasd.pipeline.EntityView;
import dev.rasd.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups name variants into entities, online across articles. For each article:
 * <ol>
 *   <li><b>Spans</b> are first re-cut against known person names ({@link KnownNameSpans}): a
 *       person glued after a noun or a club is split off, a person cut one word short completed.</li>
 *   <li><b>Within the article</b>, distinct names ({@link NameForm}: normalised, titles dropped,
 *       particles joined, the alef that ل elides from ال restored) are taken longest first. A name
 *       joins an earlier local group when it has the same compact form, when its tokens are a
 *       subsequence of the group's name ("حفتر", "البنك المركزي"), when it is a one-word person
 *       name within edit distance of the group's surname (a misspelling within one article:
 *       "المسعري"), when it is a full person name differing from the group's in one word by a
 *       spelling (سيرغي/سيرجي), or when it renames the mention right before it in parentheses
 *       (a transliteration "(Yassine Berrada)", a body's other name "بنك فلان (مصرف الدولة)"). Several compatible groups: the nearest one before the mention.</li>
 *   <li><b>Across articles</b>, groups holding a full name link to the registry entity with that
 *       compact form (an organisation's shortened form only to an entity not already known by
 *       another qualified form: "البنك المركزي" of one country is not that of another), else to
 *       one whose full name is within the Arabic-aware edit distance ({@link ArabicEditDistance},
 *       at most a quarter of the length, word by word and as a whole, a shared particle such as
 *       "عبد" not counted) <i>with evidence</i>: for persons the first and last names both match,
 *       or the entity was seen in the last {@value #RECENT} articles, or it shares a co-occurring
 *       entity with this article. Groups of short forms only ("المطيري", "البنك المركزي") link to
 *       the entity that has that form as a variant or surname and shares the most co-occurring
 *       entities with the article; without shared context, only a sole candidate seen recently is
 *       taken, so two people sharing a surname are not merged on the surname alone.</li>
 *   <li>Otherwise a new entity "E-n" is created. The canonical name is chosen by
 *       {@link CanonicalName}: the full form accounting for most mentions.</li>
 * </ol>
 * Title mentions (from {@code titleMentions}) take part as context but are not output.
 * Not thread-safe; articles must come in publication order.
 */
public final class NameVariantResolver implements Stage, EntityView {
  static final int RECENT = 30;
  private static final double MAX_EDIT_RATIO = 0.25;
  private static final double MIN_EDIT_BUDGET = 1.0;

  /** "للأنباء" as a name token: the "news" ending of agency names. */
  private static final String NEWS_SUFFIX = NerTagger.tokenKey("للأنباء");
  private final EntityLexicon lexicon;
  private final Function<AnalyzedArticle, List<EntityMention>> titleMentions;
  private final Map<String, Node> byId = new LinkedHashMap<>();
  private final Map<String, List<Node>> byCompact = new HashMap<>();
  private final Map<String, List<Node>> bySurname = new HashMap<>();
  private final FullNameIndex<Node> fullNames = new FullNameIndex<>();
  private final Set<String> personFullNames = new HashSet<>();
  private final KnownNameSpans spans;
  private final Set<Node> changed = new LinkedHashSet<>();
  private int nextId = 1;
  private int articleSeq;

  public NameVariantResolver(EntityLexicon lexicon, Function<AnalyzedArticle, List<EntityMention>> titleMentions) {
    this.lexicon = lexicon;
    this.titleMentions = titleMentions;
    this.spans = new KnownNameSpans(lexicon, personFullNames::contains);
  }

  /** A resolver that takes title context from {@code recognizer}. */
  public static NameVariantResolver over(EntityRecognizer recognizer) {
    return new NameVariantResolver(EntityLexicon.bundled(), recognizer::titleMentions);
  }

  /** One registry entity. */
  private static final class Node {
    final String id;
    final EntityType type;
    final Map<String, Integer> variants = new LinkedHashMap<>();
    final CanonicalName names;
    final Set<String> compacts = new HashSet<>();
    /** The distinct comparable forms of the names, in the order first seen. */
    final List<NameForm> forms = new ArrayList<>();
    /** Registry order, which breaks ties between equally good fuzzy matches. */
    final int sequence;
    int fullForms;
    final Map<String, Integer> context = new HashMap<>();
    Double lat;
    Double lon;
    int lastSeen;

    Node(String id, EntityType type, int sequence) {
      this.id = id;
      this.type = type;
      this.sequence = sequence;
      this.names = new CanonicalName(type);
    }

    String canonical() {
      return names.get();
    }

    Entity toEntity() {
      return new Entity(id, canonical(), type, List.copyOf(variants.keySet()));
    }
  }

  /** The mentions of one name within an article, resolved together. */
  private static final class Group {
    final EntityType type;
    final NameForm name;
    final List<NameForm> forms = new ArrayList<>();
    final List<EntityMention> mentions = new ArrayList<>();
    Node node;

    Group(EntityType type, NameForm name) {
      this.type = type;
      this.name = name;
    }

    boolean hasFullName() {
      return type != EntityType.PER ? name.size() > 1 || forms.size() == 1 : name.size() > 1;
    }
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    articleSeq++;
    List<EntityMention> body = OneTypePerName.apply(spans.recut(article.entities(), article.text()));
    List<EntityMention> all = new ArrayList<>(body);
    List<EntityMention> title = titleMentions.apply(article);
    all.addAll(title);
    Map<EntityMention, Group> groups = groupWithinArticle(all, article, body.size());
    Set<Group> distinct = new LinkedHashSet<>();
    for (EntityMention m : all) {
      distinct.add(groups.get(m));
    }
    Set<String> linked = new HashSet<>();
    for (Group g : distinct) {
      if (g.hasFullName()) {
        g.node = linkFull(g, linked);
        linked.add(g.node.id);
      }
    }
    for (Group g : distinct) {
      if (g.node == null) {
        g.node = linkShort(g, linked);
        linked.add(g.node.id);
      }
    }
    for (Group g : distinct) {
      record(g, linked);
    }
    List<EntityMention> out = new ArrayList<>(body.size());
    for (EntityMention m : body) {
      Node n = groups.get(m).node;
      EntityMention r = m.resolvedTo(n.id, n.canonical());
      if (r.lat() == null && n.lat != null) {
        r = r.located(n.lat, n.lon);
      }
      out.add(r);
    }
    return article.withEntities(out);
  }

  private Map<EntityMention, Group> groupWithinArticle(List<EntityMention> all, AnalyzedArticle article, int bodyCount) {
    String bodyText = article.text();
    List<EntityMention> order = new ArrayList<>(all);
    Map<EntityMention, NameForm> forms = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      EntityMention m = all.get(i);
      forms.put(m, NameForm.of(withElidedAlef(m, i < bodyCount ? bodyText : article.title()), m.type(), lexicon));
    }
    List<EntityMention> bodyMentions = all.subList(0, bodyCount);
    Set<EntityMention> aliases = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (EntityMention m : bodyMentions) {
      if (aliasOf(m, forms.get(m), bodyMentions, bodyText) != null) {
        aliases.add(m);
      }
    }
    // aliases last: "(Yassine Berrada)" joins the group of the name before it, whatever its length
    order.sort(Comparator.comparing((EntityMention m) -> aliases.contains(m))
        .thenComparingInt(m -> -forms.get(m).size()).thenComparingInt(EntityMention::start));
    Map<EntityMention, Group> out = new IdentityHashMap<>();
    List<Group> groups = new ArrayList<>();
    for (EntityMention m : order) {
      NameForm f = forms.get(m);
      if (f.size() == 0) {
        f = new NameForm(List.of(m.text()), m.text());
      }
      EntityMention named = aliases.contains(m) ? aliasOf(m, f, bodyMentions, bodyText) : null;
      Group g = named != null ? out.get(named) : null;
      if (g == null) {
        g = localMatch(m, f, groups, out, all);
      }
      if (g == null) {
        g = new Group(m.type(), f);
        groups.add(g);
      }
      g.forms.add(f);
      g.mentions.add(m);
      out.put(m, g);
    }
    return out;
  }

  /**
   * The mention's text with the alef of ال restored when the preposition ل elided it: the span of
   * "للورشفاني" starts after the clitic, at "لورشفاني", which is "الورشفاني" to compare with other names.
   */
  static String withElidedAlef(EntityMention m, String text) {
    // a located place was found as written ("لليبيا" is ل + "ليبيا"), nothing was elided
    boolean elided = m.lat() == null && m.start() > 0 && m.start() < text.length() && m.start() + 1 < text.length()
        && text.charAt(m.start() - 1) == ArabicClitics.LAM && m.text().length() > 1
        && m.text().charAt(0) == ArabicClitics.LAM && m.text().charAt(1) != ArabicClitics.ALEF;
    return elided ? ArabicClitics.ALEF + m.text() : m.text();
  }

  /**
   * The mention that {@code m} renames in parentheses right after it: a transliteration
   * ("(Yassine Berrada)") or a body's other name filling the parentheses ("بنك فلان (البنك
   * المركزي)"), of a compatible type; else null.
   */
  private static EntityMention aliasOf(EntityMention m, NameForm f, List<EntityMention> body, String text) {
    boolean closed = text.substring(m.end()).strip().startsWith(")");
    if (!f.isLatin() && !closed) {
      return null;
    }
    for (EntityMention prev : body) {
      if (prev != m && prev.end() <= m.start() && compatible(prev.type(), m.type())
          && text.substring(prev.end(), m.start()).strip().equals("(")) {
        return prev;
      }
    }
    return null;
  }

  private Group localMatch(EntityMention m, NameForm f, List<Group> groups, Map<EntityMention, Group> done, List<EntityMention> all) {
    Group best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Group g : groups) {
      if (!compatible(g.type, m.type())) {
        continue;
      }
      boolean match = g.name.compact().equals(f.compact()) || (f.isSubsequenceOf(g.name) && !anotherPlace(m, g))
          || g.forms.stream().anyMatch(x -> x.compact().equals(f.compact()))
          || (m.type() == EntityType.PER && f.size() == 1 && g.name.size() > 1 && close(f.compact(), g.name.last()))
          || (m.type() == EntityType.PER && spellingVariant(f, g.name));
      if (!match) {
        continue;
      }
      int distance = nearest(m, g, all);
      if (distance < bestDistance) {
        best = g;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Two full names of as many words, one word identical and the other within edit distance
   * ("سيرغي فولكوف"/"سيرجي فولكوف"): one person spelt two ways by one outlet. The identical word is
   * the evidence; two people sharing a surname differ in the first name by more than a spelling.
   */
  static boolean spellingVariant(NameForm a, NameForm b) {
    if (a.size() < 2 || a.size() != b.size() || a.compact().equals(b.compact())) {
      return false;
    }
    int differing = -1;
    for (int i = 0; i < a.size(); i++) {
      if (!a.tokens().get(i).equals(b.tokens().get(i))) {
        if (differing >= 0) {
          return false;
        }
        differing = i;
      }
    }
    return close(a.tokens().get(differing), b.tokens().get(differing));
  }

  /**
   * True when {@code m} is a gazetteer place and the group names something else that merely
   * contains it: "القاهرة" inside "استاد القاهرة الدولي", "تونس" inside "تونس العاصمة". A place
   * name is already a full name; it joins a longer group only when that group is the same place.
   */
  private static boolean anotherPlace(EntityMention m, Group g) {
    return m.lat() != null && g.mentions.stream()
        .noneMatch(x -> m.lat().equals(x.lat()) && m.lon().equals(x.lon()));
  }

  /** Distance from {@code m} back to the group's closest mention (mentions after it count as far). */
  private static int nearest(EntityMention m, Group g, List<EntityMention> all) {
    int best = Integer.MAX_VALUE / 2;
    for (EntityMention x : g.mentions) {
      int d = x.start() <= m.start() ? m.start() - x.start() : Integer.MAX_VALUE / 4 + x.start() - m.start();
      best = Math.min(best, d);
    }
    return best;
  }

  private static boolean compatible(EntityType a, EntityType b) {
    return a == b || (a == EntityType.ORG && b == EntityType.MEDIA) || (a == EntityType.MEDIA && b == EntityType.ORG);
  }

  /**
   * Within a quarter of the length in weighted edits. A name particle both names open with
   * ("عبد", "أبو") is left out of the length: "عبد الحكيم" and "عبد الحميد" are different names,
   * and the shared particle would otherwise buy the budget for two substitutions.
   */
  static boolean close(String a, String b) {
    int shared = NameForm.sharedParticle(a, b);
    String x = a.substring(shared);
    String y = b.substring(shared);
    return lengthsClose(x.length(), y.length()) && ArabicEditDistance.within(x, y, budget(x.length(), y.length()));
  }

  /** Necessary for {@link #close}: every edit costs at least a half, so lengths differ by at most twice the budget. */
  static boolean lengthsClose(int a, int b) {
    return Math.abs(a - b) <= budget(a, b) * 2;
  }

  private static double budget(int a, int b) {
    return Math.max(MIN_EDIT_BUDGET, MAX_EDIT_RATIO * Math.max(a, b));
  }

  private Node linkFull(Group g, Set<String> linked) {
    for (NameForm f : g.forms) {
      if (g.type == EntityType.PER && f.size() < 2) {
        continue;
      }
      List<Node> same = byCompact.getOrDefault(key(g.type, f.compact()), List.of());
      if (!f.compact().equals(g.name.compact())) {
        // a shortened form or an alias ("(مصرف الدولة)") covers a family of bodies
        same = same.stream().filter(n -> !otherwiseQualified(n, f, g.name)).toList();
      }
      Node n = pick(same, linked, true);
      if (n != null) {
        return n;
      }
    }
    String core = outletCore(g.type, g.name);
    if (core != null) {
      Node n = pick(byCompact.getOrDefault(key(g.type, core), List.of()), linked, true);
      if (n != null) {
        return n;
      }
    }
    FullNameIndex.Entry<Node> best = null;
    double bestCost = Double.MAX_VALUE;
    for (FullNameIndex.Entry<Node> e : fullNames.candidates(g.type, g.name)) {
      Node n = e.node();
      if (!fuzzyFull(g.type, g.name, e.form()) || !hasEvidence(g, n, e.form(), linked)) {
        continue;
      }
      double cost = ArabicEditDistance.distance(g.name.compact(), e.form().compact());
      if (cost < bestCost || (cost == bestCost && e.compareTo(best) < 0)) {
        best = e;
        bestCost = cost;
      }
    }
    return best != null ? best.node() : create(g.type);
  }

  /**
   * True when entity {@code n} has been named by a longer form of {@code shortForm} that is not
   * {@code full}: "البنك المركزي" links an article's "البنك المركزي الأردني" to no entity already
   * known as "البنك المركزي المصري", since a shortened name covers a family of bodies.
   */
  private static boolean otherwiseQualified(Node n, NameForm shortForm, NameForm full) {
    for (NameForm known : n.forms) {
      if (shortForm.isSubsequenceOf(known) && !known.compact().equals(full.compact())
          && !known.isSubsequenceOf(full) && !full.isSubsequenceOf(known)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fuzzyFull(EntityType type, NameForm a, NameForm b) {
    if (a.size() < 2 || b.size() < 2) {
      return false;
    }
    if (a.size() == b.size()) {
      // Word by word too: the whole name's budget would let one word be swapped for another
      // ("البنك المركزي المصري"/"البنك المركزي السعودي" are a quarter apart as strings).
      for (int i = 0; i < a.size(); i++) {
        if (!close(a.tokens().get(i), b.tokens().get(i))) {
          return false;
        }
      }
      return close(a.compact(), b.compact());
    }
    // given name and surname with a middle name more or less: a person's shape only; bodies of
    // unequal length share their head and last word generically ("وكالة … للأنباء")
    return type == EntityType.PER && close(a.first(), b.first()) && close(a.last(), b.last());
  }

  private boolean hasEvidence(Group g, Node n, NameForm full, Set<String> linked) {
    if (g.type == EntityType.PER && close(g.name.first(), full.first()) && close(g.name.last(), full.last())) {
      return true;
    }
    return articleSeq - n.lastSeen <= RECENT || sharesContext(n, linked) > 0;
  }

  private Node linkShort(Group g, Set<String> linked) {
    List<Node> candidates = new ArrayList<>();
    for (NameForm f : g.forms) {
      candidates.addAll(byCompact.getOrDefault(key(g.type, f.compact()), List.of()));
      if (g.type == EntityType.PER && f.size() == 1) {
        candidates.addAll(bySurname.getOrDefault(f.compact(), List.of()));
      }
    }
    Node n = pick(new ArrayList<>(new LinkedHashSet<>(candidates)), linked, false);
    if (n == null && g.type == EntityType.PER && g.name.size() == 1) {
      n = fuzzySurname(g.name.compact(), linked);
    }
    return n != null ? n : create(g.type);
  }

  /**
   * A recent person whose surname is within edit distance and who shares context with the article.
   * Recency is checked before the edit distance: most surnames in the registry belong to people
   * not seen lately, and comparing ints is far cheaper than comparing names.
   */
  private Node fuzzySurname(String surname, Set<String> linked) {
    Node best = null;
    for (Map.Entry<String, List<Node>> e : bySurname.entrySet()) {
      if (!anySeenRecently(e.getValue()) || !close(surname, e.getKey())) {
        continue;
      }
      for (Node n : e.getValue()) {
        if (articleSeq - n.lastSeen <= RECENT && sharesContext(n, linked) > 0 && (best == null || n.lastSeen > best.lastSeen)) {
          best = n;
        }
      }
    }
    return best;
  }

  private boolean anySeenRecently(List<Node> nodes) {
    for (Node n : nodes) {
      if (articleSeq - n.lastSeen <= RECENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * Among candidates, the one sharing most co-occurring entities with the article, then the most
   * recent. With no shared context a sole candidate is taken when {@code sole} allows it or it
   * was seen recently; several unshared candidates are ambiguous.
   */
  private Node pick(List<Node> candidates, Set<String> linked, boolean sole) {
    if (candidates.isEmpty()) {
      return null;
    }
    Node best = null;
    int bestShared = 0;
    for (Node n : candidates) {
      int shared = sharesContext(n, linked);
      if (shared > bestShared || (shared == bestShared && shared > 0 && n.lastSeen > best.lastSeen)) {
        best = n;
        bestShared = shared;
      }
    }
    if (best != null) {
      return best;
    }
    if (candidates.size() == 1) {
      Node only = candidates.get(0);
      return sole || articleSeq - only.lastSeen <= RECENT ? only : null;
    }
    return candidates.stream().max(Comparator.comparingInt((Node n) -> n.lastSeen)).filter(n -> sole).orElse(null);
  }

  private static int sharesContext(Node n, Set<String> linked) {
    int shared = 0;
    for (String id : linked) {
      if (!id.equals(n.id) && n.context.containsKey(id)) {
        shared++;
      }
    }
    return shared;
  }

  private Node create(EntityType type) {
    Node n = new Node("E-" + nextId++, type, byId.size());
    byId.put(n.id, n);
    return n;
  }

  private static String key(EntityType type, String compact) {
    return (type == EntityType.MEDIA ? EntityType.ORG : type) + ":" + compact;
  }

  private void record(Group g, Set<String> linked) {
    Node n = g.node;
    n.lastSeen = articleSeq;
    for (EntityMention m : g.mentions) {
      count(n, m);
      if (m.lat() != null && n.lat == null) {
        n.lat = m.lat();
        n.lon = m.lon();
      }
    }
    for (NameForm f : g.forms) {
      index(n, f);
    }
    for (String id : linked) {
      if (!id.equals(n.id)) {
        n.context.merge(id, 1, Integer::sum);
      }
    }
    changed.add(n);
  }

  private void count(Node n, EntityMention m) {
    n.variants.merge(m.text().strip(), 1, Integer::sum);
    n.names.add(NameForm.withoutTitles(m.text(), m.type(), lexicon), NameForm.of(m.text(), m.type(), lexicon));
  }

  /**
   * An outlet's name without its head noun and "للأنباء" ("وكالة فلان للأنباء" → "فلان"), the
   * form datelines and citations use, so both name one entity; null for other names.
   */
  private String outletCore(EntityType type, NameForm f) {
    if ((type != EntityType.MEDIA && type != EntityType.ORG) || f.size() < 2 || !lexicon.mediaHeads().contains(f.tokens().get(0))) {
      return null;
    }
    int end = f.size() - (f.size() > 2 && f.last().equals(NEWS_SUFFIX) ? 1 : 0);
    return String.join("", f.tokens().subList(1, end));
  }

  private void index(Node n, NameForm f) {
    if (n.compacts.add(f.compact())) {
      n.forms.add(f);
      byCompact.computeIfAbsent(key(n.type, f.compact()), k -> new ArrayList<>()).add(n);
      String core = outletCore(n.type, f);
      if (core != null && !byCompact.getOrDefault(key(n.type, core), List.of()).contains(n)) {
        byCompact.computeIfAbsent(key(n.type, core), k -> new ArrayList<>()).add(n);
      }
      if (f.size() > 1) {
        fullNames.add(n.type, new FullNameIndex.Entry<>(n, n.sequence, n.fullForms++, f));
        if (n.type == EntityType.PER) {
          personFullNames.add(f.compact());
          List<Node> list = bySurname.computeIfAbsent(f.last(), k -> new ArrayList<>());
          if (!list.contains(n)) {
            list.add(n);
          }
        }
      }
    }
  }

  @Override
  public void restore(AnalyzedArticle earlier) {
    articleSeq++;
    Set<String> ids = new HashSet<>();
    for (EntityMention m : earlier.entities()) {
      if (m.entityId() == null) {
        continue;
      }
      ids.add(m.entityId());
      Node n = byId.computeIfAbsent(m.entityId(), id -> new Node(id, m.type(), byId.size()));
      n.lastSeen = articleSeq;
      count(n, m);
      if (m.lat() != null) {
        n.lat = m.lat();
        n.lon = m.lon();
      }
      index(n, NameForm.of(m.text(), m.type(), lexicon));
      nextId = Math.max(nextId, idNumber(m.entityId()) + 1);
    }
    for (String id : ids) {
      for (String other : ids) {
        if (!id.equals(other)) {
          byId.get(id).context.merge(other, 1, Integer::sum);
        }
      }
    }
  }

  private static int idNumber(String id) {
    try {
      return Integer.parseInt(id.substring(id.indexOf('-') + 1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public List<Entity> entities() {
    return byId.values().stream().map(Node::toEntity).toList();
  }

  @Override
  public List<Entity> drainChanged() {
    List<Entity> out = changed.stream().map(Node::toEntity).toList();
    changed.clear();
    return out;
  }
}
