package dev.rasd.pipeline;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The story layer before event clustering exists: every article is its own story, headed by its
 * own title, with no summary or storyline. Nothing is invented.
 */
public final class SingleArticleStories implements Stage, StoryView {
  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final List<Story> changed = new ArrayList<>();

  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    Story story = new Story("S-" + article.id(), List.of(article.id()), article.title(), null, null);
    stories.put(story.id(), story);
    changed.add(story);
    return article.withStory(story.id());
  }

  @Override
  public void restore(AnalyzedArticle earlier) {
    if (earlier.storyId() != null) {
      stories.put(earlier.storyId(), new Story(earlier.storyId(), List.of(earlier.id()), earlier.title(), null, null));
    }
  }

  @Override
  public List<Story> stories() {
    return List.copyOf(stories.values());
  }

  @Override
  public List<Story> drainChanged() {
    List<Story> out = List.copyOf(changed);
    changed.clear();
    return out;
  }
}
