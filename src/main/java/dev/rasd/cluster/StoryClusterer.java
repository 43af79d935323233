package dev.rasd.cluster;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Story;
import dev.rasd.pipeline.Stage;
import dev.rasd.pipeline.StoryView;
import dev.rasd.summary.SourceText;
import dev.rasd.summary.StoryDigest;
import dev.rasd.summary.StoryDigester;
import dev.rasd.summary.TermWeighting;
import dev.rasd.text.ArabicStemmer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Online event clustering: each article, in arrival order, joins the best-scoring recent story
 * or starts a new one, once; history is never re-clustered.
 *
 * <p>Algorithm (single-pass clustering with an inverted index, as in TDT event detection):
 * <ol>
 *   <li>profile the article ({@link ArticleProfile}) and add its terms to the online IDF;</li>
 *   <li>a copy ({@code duplicateOf} set) joins its original's story directly;</li>
 *   <li>otherwise retrieve the stories indexed under the article's {@value #INDEX_TERMS} top
 *       terms among those active in the last {@link ClusteringSettings#eventWindow()}, score each
 *       with {@link Affinity} against the story centroid and first report time, and join the best
 *       one if it reaches the join threshold for the evidence the article carries (a body or a
 *       headline only, a time or none: {@link ClusteringSettings}), ties to the older story. A
 *       headline-only article compares without entities (its names are already among its few
 *       words, and one or two names make the overlap share all or nothing) and needs
 *       {@value #MIN_SHARED_HEADLINE_TERMS} shared terms;</li>
 *   <li>storylines: a story that is still alone in its storyline after its first, second and third
 *       article is compared, the same way but with a lower threshold and a longer window, to the
 *       recent storylines, and joins the best one. A story's {@code storyline} is the storyline id
 *       ("L-" and the number of its founding story) once the storyline holds two stories, and null
 *       while the story is alone.</li>
 * </ol>
 * Story ids are "S-1", "S-2", … in creation order, so they are stable for an input order.
 * Headline and summary are made by {@link StoryDigester} only when stories are read, and again
 * only when the story's digest sources changed ({@link StoryState#digest}).
 *
 * <p>Memory: a story leaves the candidate index when it has been idle for the event window, and
 * its storyline leaves its own after the storyline window. Once both have left, no article can
 * reach the story by scoring, so it is retired ({@link StoryState#retire()}): its centroid,
 * entity counts and digest sources are dropped, and {@link #stories()} keeps the story as last
 * handed out by {@link #drainChanged()} (the {@value #RETIRED_MEMORY} most recent retired
 * stories), while the store keeps them all. Retirement waits for the next drain, and a story
 * touched again before it (a copy of one of its articles joins it directly) is not retired; a
 * copy of an article of a story already retired scores like any other article. While
 * restoring, stories retire at once and are not kept, since the store has them. Not
 * thread-safe.
 */
public final class StoryClusterer implements Stage, StoryView {
  static final int INDEX_TERMS = 20;
  /**
   * A headline-only article joins a story only when it shares at least this many terms with it:
   * in a four-word headline one shared word ("قفزة", "الدولار") already gives a cosine above the
   * join threshold, yet it names a topic, not an event.
   */
  static final int MIN_SHARED_HEADLINE_TERMS = 2;
  /** Stories alone in their storyline try to link after each of their first articles, up to this size. */
  static final int STORYLINE_ATTEMPTS = 3;
  private static final int ACTIVE_CAPACITY = 20_000;
  private static final int ARTICLE_MEMORY = 200_000;
  /** Retired stories still listed by {@link #stories()}: enough for one analysis run's output, bounded. */
  static final int RETIRED_MEMORY = 20_000;
  private static final Pattern STORY_ID = Pattern.compile("S-(\\d+)");

  private final ClusteringSettings settings;
  private final ArabicStemmer stemmer = new ArabicStemmer();
  private final DocumentFrequencies idf = new DocumentFrequencies();
  private final RecentIndex<StoryState> activeStories;
  private final RecentIndex<StorylineState> activeStorylines;
  private final Map<String, StoryState> stories = new LinkedHashMap<>();
  private final TreeMap<Integer, Story> retired = new TreeMap<>();
  private final Set<StoryState> retiring = new LinkedHashSet<>();
  private final Map<String, StoryState> storyOfArticle = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
      return size() > ARTICLE_MEMORY;
    }
  };
  private final Set<StoryState> changed = new LinkedHashSet<>();
  private final StoryDigester digester = new StoryDigester(new TermWeighting() {
    @Override
    public List<String> terms(String text) {
      return stemmer.stems(text).stream().map(idf::canonical).toList();
    }

    @Override
    public double idf(String term) {
      return idf.idf(term);
    }
  });
  private int lastNumber;

  public StoryClusterer() {
    this(ClusteringSettings.defaults());
  }

  public StoryClusterer(ClusteringSettings settings) {
    this.settings = settings;
    this.activeStories = new RecentIndex<>(settings.eventWindow(), ACTIVE_CAPACITY, retiring::add);
    this.activeStorylines = new RecentIndex<>(settings.storylineWindow(), ACTIVE_CAPACITY,
        line -> retiring.addAll(line.stories));
  }

  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    ArticleProfile profile = profile(article);
    StoryState story = article.duplicateOf() == null ? null : storyOfArticle.get(article.duplicateOf());
    if (story == null || story.retired()) {
      story = bestStory(profile);
    }
    if (story == null) {
      story = newStory(++lastNumber);
    }
    join(story, profile, article);
    return article.withStory(story.id);
  }

  @Override
  public void restore(AnalyzedArticle earlier) {
    ArticleProfile profile = profile(earlier);
    if (earlier.storyId() == null) {
      return;
    }
    StoryState story = stories.get(earlier.storyId());
    if (story == null) {
      Matcher m = STORY_ID.matcher(earlier.storyId());
      int number = m.matches() ? Integer.parseInt(m.group(1)) : lastNumber + 1;
      lastNumber = Math.max(lastNumber, number);
      story = new StoryState(earlier.storyId(), number);
      stories.put(story.id, story);
      story.storyline = newStoryline(story);
    }
    join(story, profile, earlier);
    retireIdle();
  }

  private ArticleProfile profile(AnalyzedArticle article) {
    ArticleProfile profile = ArticleProfile.of(article, stemmer, idf);
    idf.add(profile.terms());
    return profile;
  }

  private StoryState bestStory(ArticleProfile profile) {
    StoryState best = null;
    double bestScore = settings.joinThreshold(profile.hasBody(), profile.published() != null);
    for (StoryState s : activeStories.candidates(profile.terms().topTerms(INDEX_TERMS, idf))) {
      if (!Affinity.within(profile.published(), s.firstPublished, settings.eventWindow())) {
        continue;
      }
      if (!profile.hasBody() && profile.terms().sharedTerms(s.centroid()) < MIN_SHARED_HEADLINE_TERMS) {
        continue;
      }
      double score = Affinity.score(profile.terms(), profile.entities(), profile.published(),
          s.centroid(), s.entities(), s.firstPublished,
          profile.hasBody() ? settings.entityWeight() : 0, settings.graceHours(), settings.decayHours(), idf);
      if (score > bestScore || (score == bestScore && best != null && s.number < best.number)) {
        best = s;
        bestScore = score;
      }
    }
    return best;
  }

  private StoryState newStory(int number) {
    StoryState story = new StoryState("S-" + number, number);
    stories.put(story.id, story);
    story.storyline = newStoryline(story);
    return story;
  }

  private StorylineState newStoryline(StoryState founder) {
    StorylineState line = new StorylineState("L-" + founder.number, founder.number);
    line.stories.add(founder);
    return line;
  }

  private void join(StoryState story, ArticleProfile profile, AnalyzedArticle article) {
    story.add(profile, new SourceText(article.id(), article.article().published(), article.title(), article.text()), idf);
    storyOfArticle.put(article.id(), story);
    activeStories.touch(story, profile.terms().topTerms(INDEX_TERMS, idf), profile.published());
    changed.add(story);
    StorylineState line = story.storyline;
    if (line.stories.size() == 1 && story.articleIds.size() <= STORYLINE_ATTEMPTS) {
      StorylineState target = bestStoryline(story);
      if (target != null) {
        moveInto(story, target);
        return;
      }
    }
    line.centroid.addNormalised(profile.terms(), idf);
    profile.entities().forEach(e -> line.entities.merge(e, 1, Integer::sum));
    line.seen(profile.published());
    activeStorylines.touch(line, profile.terms().topTerms(INDEX_TERMS, idf), profile.published());
  }

  private StorylineState bestStoryline(StoryState story) {
    StorylineState best = null;
    double bestScore = settings.storylineThreshold();
    for (StorylineState l : activeStorylines.candidates(story.centroid().topTerms(INDEX_TERMS, idf))) {
      if (l == story.storyline || !Affinity.within(story.firstPublished, l.lastPublished, settings.storylineWindow())) {
        continue;
      }
      double score = Affinity.score(story.centroid(), story.entities().keySet(), null, l.centroid, l.entities, null,
          settings.entityWeight(), 0, 1, idf);
      if (score > bestScore || (score == bestScore && best != null && l.number < best.number)) {
        best = l;
        bestScore = score;
      }
    }
    return best;
  }

  /** Moves a story that is alone in its storyline into {@code target}, dissolving the old one. */
  private void moveInto(StoryState story, StorylineState target) {
    activeStorylines.remove(story.storyline);
    story.storyline = target;
    target.stories.add(story);
    target.centroid.addNormalised(story.centroid(), idf);
    story.entities().forEach((e, c) -> target.entities.merge(e, c, Integer::sum));
    target.seen(story.firstPublished);
    activeStorylines.touch(target, story.centroid().topTerms(INDEX_TERMS, idf), story.firstPublished);
    if (target.stories.size() == 2) {
      changed.add(target.stories.getFirst());
    }
    changed.add(story);
  }

  /** The live stories and the retired ones still remembered, in creation order. */
  @Override
  public List<Story> stories() {
    TreeMap<Integer, Story> out = new TreeMap<>(retired);
    for (StoryState s : stories.values()) {
      out.put(s.number, toStory(s));
    }
    return new ArrayList<>(out.values());
  }

  @Override
  public List<Story> drainChanged() {
    List<Story> out = new ArrayList<>(changed.size());
    for (StoryState s : changed) {
      s.emitted = toStory(s);
      out.add(s.emitted);
    }
    changed.clear();
    retireIdle();
    return out;
  }

  /** The digest (headline, summary with sources) of a live story, or null for an unknown or retired id. */
  public StoryDigest digest(String storyId) {
    StoryState s = stories.get(storyId);
    return s == null ? null : s.digest(digester);
  }

  /** How many stories keep their comparison state; bounded by the windows, not by the archive. */
  int liveStoryCount() {
    return stories.size();
  }

  private Story toStory(StoryState s) {
    StoryDigest d = s.digest(digester);
    return new Story(s.id, s.articleIds, d.headline(), d.summary(), s.storyline.visibleId());
  }

  /**
   * Retires the stories that left the candidate index, or whose storyline left its index, if
   * neither is indexed now: a story idle for the event window whose storyline can still take a
   * story keeps its state, since a story joining that storyline changes the storyline it shows.
   */
  private void retireIdle() {
    for (StoryState s : retiring) {
      if (s.retired() || activeStories.contains(s) || activeStorylines.contains(s.storyline)) {
        continue;
      }
      changed.remove(s);
      stories.remove(s.id);
      if (s.emitted != null) {
        retired.put(s.number, s.emitted);
        if (retired.size() > RETIRED_MEMORY) {
          retired.pollFirstEntry();
        }
      }
      s.retire();
    }
    retiring.clear();
  }
}
