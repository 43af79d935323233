package dev.rasd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AffinityTest {
  private static final DocumentFrequencies IDF = new DocumentFrequencies();
  private static final TermVector ARTICLE = TermVector.of(Map.of("فايد", 1.0, "ثبت", 1.0, "بنك", 1.0), IDF);
  private static final TermVector STORY = TermVector.of(Map.of("فايد", 1.0, "ثبت", 1.0, "سعود", 1.0), IDF);
  private static final OffsetDateTime T0 = OffsetDateTime.parse("2025-03-19T22:00:00+03:00");

  private static double score(Set<String> articleEntities, Map<String, Integer> storyEntities, OffsetDateTime at) {
    return Affinity.score(ARTICLE, articleEntities, at, STORY, storyEntities, T0, 0.5, 24, 24, IDF);
  }

  /** Same wording about two central banks: the entities tell the Jordanian decision from the Saudi one. */
  @Test
  void sharedEntitiesRaiseAndForeignEntitiesLowerTheTextScore() {
    double textOnly = score(Set.of(), Map.of("name:ساما", 2), T0);
    double same = score(Set.of("name:ساما"), Map.of("name:ساما", 2), T0);
    double other = score(Set.of("name:البنك المركزي الاردني"), Map.of("name:ساما", 2), T0);
    assertThat(same).isGreaterThan(textOnly);
    assertThat(other).isLessThan(textOnly).isPositive();
  }

  @Test
  void timeCostsNothingWithinTheGracePeriodAndDecaysAfterIt() {
    double sameDay = score(Set.of(), Map.of(), T0.plusHours(20));
    double weekLater = score(Set.of(), Map.of(), T0.plusDays(7));
    assertThat(sameDay).isEqualTo(score(Set.of(), Map.of(), T0));
    assertThat(weekLater).isLessThan(sameDay * 0.01);
    assertThat(score(Set.of(), Map.of(), null)).isEqualTo(sameDay);
  }
}
