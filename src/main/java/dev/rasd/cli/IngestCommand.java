package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.model.Article;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Ingest articles from files (.txt, .html, .jsonl, .json), directories (recursively), - (stdin), "
        + "or http(s) URLs of RSS/Atom feeds and web pages into the store. Re-ingesting the same article (same id, url or content) stores it once.",
    footer = {"", "Examples:", "  rasd ingest news.jsonl", "  rasd ingest --data /srv/rasd archive/ today/page.html",
        "  cat feed-dump.jsonl | rasd ingest -", "  rasd ingest https://example.com/rss.xml"})
final class IngestCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, - for stdin, or feed/page URLs.")
  List<String> paths;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Ingestion ingestion = new Ingestion(spec.commandLine().getErr());
    List<Article> articles = ingestion.read(paths);
    try (Rasd rasd = Rasd.open(data.dir)) {
      Ingestion.Totals totals = ingestion.store(rasd, articles);
      spec.commandLine().getOut().println(totals.summary() + "; the store in " + data.dir + " holds "
          + rasd.articleCount() + " articles in " + rasd.storyCount() + " stories");
      return totals.nothingIngested() ? 1 : 0;
    }
  }
}
