package dev.rasd.time;

import dev.rasd.model.AnalyzedArticle;
import dev.rasd.model.TimeMention;
import dev.rasd.pipeline.Stage;
import dev.rasd.time.DateExpression.Resolution;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the {@code times} layer: finds date expressions in the clean text with {@link DateGrammar}
 * and resolves them, in text order, against the article's publication date taken in its own
 * offset (the local date the newsroom wrote "اليوم" on).
 * <ul>
 *   <li>Relative expressions (اليوم، أمس، الأربعاء الماضي، الشهر المقبل) need the publication
 *       date; without it their value is null, never guessed.</li>
 *   <li>Absolute ones with a written year ("21 يوليو 2024", "عام 2011") always resolve; a day
 *       and month without a year take the nearest such date (see {@link DateExpression}).</li>
 *   <li>A bare weekday is the most recent such day on or before publication.</li>
 *   <li>A stated weekday contradicting the explicit date sets a warning; the date is kept.</li>
 * </ul>
 * Stateless across articles.
 */
public final class DateResolver implements Stage {
  @Override
  public AnalyzedArticle apply(AnalyzedArticle article) {
    return article.withTimes(resolve(article.text(), article.article().published()));
  }

  /** The date mentions of {@code text} resolved against {@code published} (may be null). */
  public List<TimeMention> resolve(String text, OffsetDateTime published) {
    LocalDate day = published == null ? null : published.toLocalDate();
    ArticleCalendar calendar = new ArticleCalendar(day);
    List<TimeMention> out = new ArrayList<>();
    for (DateGrammar.Match m : DateGrammar.find(text)) {
      Resolution r = m.expression().resolve(calendar);
      out.add(new TimeMention(text.substring(m.start(), m.end()), r.value(), m.start(), m.end(), r.warning()));
    }
    return out;
  }
}
