package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.model.Entity;
import dev.rasd.store.StoredQuote;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "List quotations, newest first; with --speaker, a person's quotes across all outlets and stories.",
    footer = {"", "Examples:", "  rasd quotes --speaker المسماري", "  rasd quotes --limit 50"})
final class QuotesCommand implements Callable<Integer> {
  private static final Comparator<StoredQuote> NEWEST_FIRST = Comparator.comparing(StoredQuote::published,
      Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant).reversed()));

  @Mixin
  DataOption data;

  @Option(names = "--speaker", paramLabel = "NAME", description = "A speaker's name in any spelling variant.")
  String speaker;

  @Option(names = "--limit", defaultValue = "30", description = "How many quotes. Default: ${DEFAULT-VALUE}")
  int limit;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Rasd rasd = Rasd.open(data.dir)) {
      List<Entity> speakers = speaker == null ? List.of() : rasd.findEntities(speaker);
      if (speaker != null && speakers.isEmpty()) {
        spec.commandLine().getErr().println("rasd: no speaker matches \"" + speaker + "\" in " + data.dir);
        return 1;
      }
      List<StoredQuote> quotes = speaker == null ? rasd.quotes(null, limit)
          : speakers.stream().flatMap(e -> rasd.quotes(e.id(), limit).stream()).sorted(NEWEST_FIRST).limit(limit).toList();
      for (StoredQuote q : quotes) {
        out.printf("%s  %s  %s%n", q.published() == null ? "(undated)" : q.published().toLocalDate(),
            q.outlet() == null ? "" : q.outlet(), q.storyId());
        String words = q.quote().direct() ? "«" + q.quote().text() + "»" : q.quote().text();
        out.printf("    %s %s: %s%n", q.quote().speaker() == null ? "(unattributed)" : q.quote().speaker(),
            q.quote().verb() == null ? "" : "(" + q.quote().verb() + ")", words);
      }
      return 0;
    }
  }
}
