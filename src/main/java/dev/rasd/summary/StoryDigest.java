package dev.rasd.summary;

import java.util.List;

/** A story's headline (with the article it was taken from) and its traceable summary sentences. */
public record StoryDigest(String headline, String headlineArticleId, List<SummarySentence> sentences) {
  public StoryDigest {
    sentences = List.copyOf(sentences);
  }

  /** The summary as one paragraph, or null when no sentence qualified. */
  public String summary() {
    if (sentences.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (SummarySentence s : sentences) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(s.text());
    }
    return sb.toString();
  }
}
