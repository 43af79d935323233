package dev.rasd.extract;

import dev.rasd.model.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes web cruft from already-extracted article text, whole lines only, never part of a
 * sentence. Precision before recall: losing a reporting paragraph costs more than keeping a
 * share button. For each body line, in order:
 * <ol>
 *   <li>a related-links header alone on its line ("مقالات ذات صلة") is removed, and so are the
 *       short non-sentence lines right after it (the related headlines);</li>
 *   <li>a line matching a cue ({@link CruftCues}) is removed;</li>
 *   <li>a line recurring across the outlet's earlier articles ({@link RecurringLines}) is removed.</li>
 * </ol>
 * The title loses glued breadcrumbs, section labels and outlet names ({@link SectionLabel}).
 * The body keeps its paragraphs, joined by a blank line.
 *
 * <p>Learning is online: articles must be given in publication order, through {@link #clean} or,
 * for articles of an earlier run, {@link #observe}. Not thread-safe.
 */
public final class BoilerplateFilter {
  /** Related headlines are short; a longer line after a related header is text again. */
  static final int RELATED_HEADLINE_MAX_WORDS = 25;
  private static final String PARAGRAPH_BREAK = "\n\n";

  private final RecurringLines recurring = new RecurringLines();

  public CleanText clean(Article article) {
    String outletKey = outletKey(article);
    List<List<BodyLine>> paragraphs = paragraphs(article.body());
    List<String> removed = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean inRelatedList = false;
    for (List<BodyLine> paragraph : paragraphs) {
      StringBuilder kept = new StringBuilder();
      for (BodyLine line : paragraph) {
        boolean relatedHeadline = inRelatedList
            && line.wordCount() <= RELATED_HEADLINE_MAX_WORDS && !line.endsLikeSentence();
        inRelatedList = relatedHeadline || CruftCues.opensRelatedList(line);
        if (inRelatedList || isCruft(line, outletKey)) {
          removed.add(line.text());
        } else {
          kept.append(kept.isEmpty() ? "" : "\n").append(line.text());
        }
      }
      if (!kept.isEmpty()) {
        text.append(text.isEmpty() ? "" : PARAGRAPH_BREAK).append(kept);
      }
    }
    learn(outletKey, paragraphs);
    return new CleanText(SectionLabel.headline(article.title(), article.outlet()), text.toString(), removed);
  }

  /** Learns from an article of an earlier run (per-outlet recurring lines) without cleaning it. */
  public void observe(Article article) {
    learn(outletKey(article), paragraphs(article.body()));
  }

  private boolean isCruft(BodyLine line, String outletKey) {
    return CruftCues.isCruft(line, outletKey) || outletKey != null && recurring.isRecurring(outletKey, line);
  }

  private void learn(String outletKey, List<List<BodyLine>> paragraphs) {
    if (outletKey != null) {
      recurring.record(outletKey, paragraphs.stream().flatMap(List::stream).toList());
    }
  }

  /** The outlet's key, or null when unknown: lines of unknown origin are never pooled. */
  private static String outletKey(Article article) {
    return article.outlet() == null || article.outlet().isBlank() ? null : BodyLine.of(article.outlet()).normalized();
  }

  /** Non-blank lines grouped into paragraphs at blank lines. */
  private static List<List<BodyLine>> paragraphs(String body) {
    List<List<BodyLine>> paragraphs = new ArrayList<>();
    List<BodyLine> current = new ArrayList<>();
    for (String raw : body.split("\\R", -1)) {
      if (raw.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(BodyLine.of(raw));
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }
}
