package dev.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rasd.model.Article;
import dev.rasd.model.Story;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RasdStoreTest {
  @TempDir
  Path dir;

  @Test
  void reingestingTheSameArticlesStoresThemOnce() {
    List<Article> articles = SyntheticArticles.generate(30, 1);
    try (Rasd rasd = Rasd.open(dir)) {
      assertThat(rasd.ingest(articles).stored()).hasSize(30);
    }
    try (Rasd rasd = Rasd.open(dir)) {
      Rasd.IngestResult again = rasd.ingest(articles);
      assertThat(again.stored()).isEmpty();
      assertThat(again.alreadyStored()).hasSize(30);
      assertThat(rasd.articleCount()).isEqualTo(30);
    }
  }

  @Test
  void theSameContentUnderAnotherIdOrTheSameUrlIsStoredOnce() {
    Article original = SyntheticArticles.generate(1, 2).get(0);
    // Re-sent by a feed with a new id, re-spaced and with a diacritic added: same normalised content.
    Article reworded = new Article("other-id", original.outlet(), null, original.published(),
        original.title() + "  ", original.body().replace("في", "فِي"));
    // Same url, different id and text (an updated page): the url identifies it.
    Article sameUrl = new Article("third-id", original.outlet(), original.url(), original.published(), "عنوان محدث",
        "نص محدث للخبر نفسه بعد التعديل.");
    try (Rasd rasd = Rasd.open(dir)) {
      rasd.ingest(List.of(original));
      Rasd.IngestResult result = rasd.ingest(List.of(reworded, sameUrl));
      assertThat(result.alreadyStored()).containsExactly("other-id", "third-id");
    }
  }

  @Test
  void articlesStoriesAndIndexSurviveReopening() throws Exception {
    List<Article> articles = SyntheticArticles.generate(12, 3);
    try (Rasd rasd = Rasd.open(dir)) {
      rasd.ingest(articles.subList(0, 6));
      rasd.ingest(articles.subList(6, 12));
    }
    try (Rasd rasd = Rasd.open(dir)) {
      assertThat(rasd.articleCount()).isEqualTo(12);
      assertThat(rasd.article("syn-4")).get().satisfies(a -> assertThat(a.text()).isEqualTo(articles.get(4).body()));
      List<Story> stories = rasd.stories(0, 100);
      assertThat(stories).isNotEmpty();
      assertThat(stories.stream().mapToInt(s -> s.articleIds().size()).sum()).isEqualTo(12);
      try (DirectoryReader reader = rasd.index().openReader()) {
        assertThat(reader.numDocs()).isEqualTo(12);
      }
    }
  }
}
