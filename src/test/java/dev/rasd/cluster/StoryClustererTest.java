package dev.rasd.cluster;

import static dev.rasd.cluster.NewsFixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Story;
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
}
