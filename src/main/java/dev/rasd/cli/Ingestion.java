package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.feed.UrlArticleSource;
import dev.rasd.ingest.ArticleReader;
import dev.rasd.ingest.IngestProblem;
import dev.rasd.model.Article;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Reads inputs, reports each bad one as a line, and feeds the rest to a store in publication
 * order, one atomic batch at a time. Shared by {@code ingest}, {@code analyze} and {@code demo}.
 */
final class Ingestion {
  static final int BATCH = 200;
  private static final int PROGRESS_FROM = 1000;

  private final PrintWriter err;
  private final UnaryOperator<String> shownWhere;
  private int problems;

  Ingestion(PrintWriter err) {
    this(err, UnaryOperator.identity());
  }

  /** Problems name their input as {@code shownWhere} rewrites it (the demo hides its temporary directory). */
  Ingestion(PrintWriter err, UnaryOperator<String> shownWhere) {
    this.err = err;
    this.shownWhere = shownWhere;
  }

  /** Reads every article under {@code paths}; problems are printed as "rasd: file:line: problem". */
  List<Article> read(List<String> paths) {
    List<Article> articles = new ArrayList<>();
    List<String> urls = paths.stream().filter(UrlArticleSource::isUrl).toList();
    List<String> files = paths.stream().filter(p -> !UrlArticleSource.isUrl(p)).toList();
    if (!files.isEmpty()) {
      new ArticleReader().read(files, articles::add, this::problem);
    }
    if (!urls.isEmpty()) {
      try (UrlArticleSource web = new UrlArticleSource()) {
        web.read(urls, articles::add, this::problem);
      }
    }
    articles.sort(Rasd.PUBLICATION_ORDER);
    return articles;
  }

  void problem(IngestProblem p) {
    problems++;
    err.println("rasd: " + shownWhere.apply(p.where()) + ": " + p.problem());
  }

  int problems() {
    return problems;
  }

  /** Stores the articles batch by batch; a batch reported done is committed. */
  Totals store(Rasd rasd, List<Article> articles) {
    int stored = 0;
    int already = 0;
    boolean showProgress = articles.size() >= PROGRESS_FROM;
    boolean terminal = System.console() != null;
    try (ProgressBar bar = showProgress && terminal ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(articles.size())
        .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).continuousUpdate().build() : null) {
      for (int from = 0; from < articles.size(); from += BATCH) {
        List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
        Rasd.IngestResult result = rasd.ingest(batch);
        stored += result.stored().size();
        already += result.alreadyStored().size();
        if (bar != null) {
          bar.stepBy(batch.size());
        } else if (showProgress) {
          // Off a terminal (logs, pipes) a bar is noise; a line per committed batch is what a log reader needs.
          err.println("ingest: " + (from + batch.size()) + "/" + articles.size() + " committed");
        }
      }
    }
    return new Totals(stored, already, problems);
  }

  /** The end-of-run summary counts. */
  record Totals(int stored, int alreadyStored, int problems) {
    boolean nothingIngested() {
      return stored == 0 && alreadyStored == 0;
    }

    String summary() {
      return "ingested " + stored + " new article" + (stored == 1 ? "" : "s") + ", " + alreadyStored
          + " already stored, " + problems + " problem" + (problems == 1 ? "" : "s");
    }
  }
}
