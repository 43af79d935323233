package dev.rasd.cluster;

import static dev.rasd.cluster.NewsFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Story;
import dev.rasd.summary.StoryDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static List<AnalyzedArticle> stream() {
    List<AnalyzedArticle> in = new ArrayList<>(NewsFixtures.background());
    in.add(NewsFixtures.spokesmanFirst());
    in.add(NewsFixtures.spokesmanRelay());
    in.add(NewsFixtures.spokesmanWeekLater());
    in.add(NewsFixtures.leagueMatch());
    in.add(NewsFixtures.cupMatch());
    return in;
  }

  private static Map<String, String> storyOf(StoryClusterer clusterer, List<AnalyzedArticle> in) {
    return in.stream().map(clusterer::apply).collect(Collectors.toMap(AnalyzedArticle::id, AnalyzedArticle::storyId));
  }

  @Test
  void paraphrasedRelayOfOneConferenceJoinsItsStory() {
    Map<String, String> story = storyOf(new StoryClusterer(), stream());
    assertThat(story.get("P-2")).isEqualTo(story.get("P-1"));
  }

  @Test
  void sameSpokesmanAWeekLaterIsANewStory() {
    Map<String, String> story = storyOf(new StoryClusterer(), stream());
    assertThat(story.get("P-3")).isNotEqualTo(story.get("P-1"));
  }

  @Test
  void leagueAndCupMatchesOfTheSameClubsAreSeparateStories() {
    Map<String, String> story = storyOf(new StoryClusterer(), stream());
    assertThat(story.get("M-2")).isNotEqualTo(story.get("M-1"));
  }

  @Test
  void unrelatedNewsStaysApart() {
    Map<String, String> story = storyOf(new StoryClusterer(), stream());
    assertThat(List.of("X-1", "X-2", "X-3", "P-1", "M-1").stream().map(story::get).distinct()).hasSize(5);
  }

  @Test
  void storiesOfOneDevelopingSituationShareAStoryline() {
    StoryClusterer clusterer = new StoryClusterer();
    Map<String, String> story = storyOf(clusterer, stream());
    Map<String, Story> byId = clusterer.stories().stream().collect(Collectors.toMap(Story::id, Function.identity()));
    String smuggling = byId.get(story.get("P-1")).storyline();
    assertThat(smuggling).isNotNull().isEqualTo(byId.get(story.get("P-3")).storyline());
    assertThat(byId.get(story.get("M-1")).storyline()).isNotEqualTo(smuggling);
    assertThat(byId.get(story.get("X-2")).storyline()).isNull();
  }

  @Test
  void aCopyJoinsItsOriginalsStoryEvenWhenItsWordsWouldNot() {
    StoryClusterer clusterer = new StoryClusterer();
    String original = clusterer.apply(NewsFixtures.spokesmanFirst()).storyId();
    AnalyzedArticle copy = article("C-1", "2025-02-03T12:00:00+02:00", "عاجل", "تفاصيل لاحقا").withDuplicateOf("P-1");
    assertThat(clusterer.apply(copy).storyId()).isEqualTo(original);
  }

  @Test
  void withoutPublicationTimesParaphrasesStillCluster() {
    StoryClusterer clusterer = new StoryClusterer();
    List<AnalyzedArticle> undated = stream().stream()
        .map(a -> article(a.id(), null, a.title(), a.text())).toList();
    Map<String, String> story = storyOf(clusterer, undated);
    assertThat(story.get("P-2")).isEqualTo(story.get("P-1"));
    assertThat(story.get("X-1")).isNotEqualTo(story.get("P-1"));
  }

  @Test
  void storyIdsAreStableForAnInputOrder() {
    assertThat(storyOf(new StoryClusterer(), stream())).isEqualTo(storyOf(new StoryClusterer(), stream()));
    assertThat(new StoryClusterer().apply(NewsFixtures.background().getFirst()).storyId()).isEqualTo("S-1");
  }

  @Test
  void restoredClustererContinuesWithTheSameStories() {
    List<AnalyzedArticle> in = stream();
    StoryClusterer first = new StoryClusterer();
    List<AnalyzedArticle> earlier = in.subList(0, 5).stream().map(first::apply).toList();
    StoryClusterer reopened = new StoryClusterer();
    earlier.forEach(reopened::restore);
    assertThat(reopened.stories()).extracting(Story::id, Story::articleIds)
        .isEqualTo(first.stories().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.articleIds())).toList());
    for (AnalyzedArticle next : in.subList(5, in.size())) {
      assertThat(reopened.apply(next).storyId()).isEqualTo(first.apply(next).storyId());
    }
  }

  @Test
  void drainChangedReturnsEachChangedStoryOnce() {
    StoryClusterer clusterer = new StoryClusterer();
    clusterer.apply(NewsFixtures.spokesmanFirst());
    clusterer.apply(NewsFixtures.spokesmanRelay());
    List<Story> changed = clusterer.drainChanged();
    assertThat(changed).hasSize(1);
    assertThat(changed.getFirst().articleIds()).containsExactly("P-1", "P-2");
    assertThat(changed.getFirst().headline()).isIn(NewsFixtures.spokesmanFirst().title(), NewsFixtures.spokesmanRelay().title());
    assertThat(clusterer.drainChanged()).isEmpty();
  }

  /** A one-day event window and a two-day storyline window, so a week-long stream retires its first stories. */
  private static final ClusteringSettings SHORT_WINDOWS =
      new ClusteringSettings(0.22, 0.12, Duration.ofDays(1), 24, 24, 0.5, 0.2, Duration.ofDays(2));

  @Test
  void storiesIdleBeyondTheStorylineWindowAreRetiredAndStillListedAsLastHandedOut() {
    StoryClusterer clusterer = new StoryClusterer(SHORT_WINDOWS);
    NewsFixtures.background().forEach(clusterer::apply);
    List<Story> handedOut = new ArrayList<>(clusterer.drainChanged());
    assertThat(clusterer.liveStoryCount()).isEqualTo(3);
    clusterer.apply(NewsFixtures.spokesmanWeekLater());
    handedOut.addAll(clusterer.drainChanged());
    assertThat(clusterer.liveStoryCount()).isEqualTo(1);
    assertThat(clusterer.digest("S-1")).isNull();
    assertThat(clusterer.digest("S-4")).isNotNull();
    assertThat(clusterer.stories()).isEqualTo(handedOut);
  }

  @Test
  void restoringALongStreamKeepsOnlyTheRecentStories() {
    StoryClusterer first = new StoryClusterer(SHORT_WINDOWS);
    List<AnalyzedArticle> earlier = new ArrayList<>(NewsFixtures.background().stream().map(first::apply).toList());
    earlier.add(first.apply(NewsFixtures.spokesmanWeekLater()));
    StoryClusterer reopened = new StoryClusterer(SHORT_WINDOWS);
    earlier.forEach(reopened::restore);
    assertThat(reopened.liveStoryCount()).isEqualTo(1);
    assertThat(reopened.stories()).extracting(Story::id).containsExactly("S-4");
  }

  /** The same report relayed again and again: the story's first members are all its digest reads. */
  @Test
  void aStoryPastItsDigestSourcesIsNotDigestedAgain() {
    AnalyzedArticle report = NewsFixtures.spokesmanFirst();
    StoryClusterer clusterer = new StoryClusterer();
    List<StoryDigest> digests = new ArrayList<>();
    for (int i = 0; i < StoryState.DIGEST_SOURCES + 2; i++) {
      String at = report.article().published().plusMinutes(i).toString();
      assertThat(clusterer.apply(article("C-" + i, at, report.title(), report.text())).storyId()).isEqualTo("S-1");
      clusterer.drainChanged();
      digests.add(clusterer.digest("S-1"));
    }
    int full = StoryState.DIGEST_SOURCES - 1;
    assertThat(digests.get(full - 1)).isNotSameAs(digests.get(full));
    assertThat(digests.get(full + 1)).isSameAs(digests.get(full));
    assertThat(digests.get(full + 2)).isSameAs(digests.get(full));
  }
}
