package dev.rasd.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.rasd.Rasd;
import dev.rasd.model.Story;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List stories in the store, biggest and newest first.",
    footer = {"", "Examples:", "  rasd stories", "  rasd stories --data news-data --limit 50 --json"})
final class StoriesCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Option(names = "--limit", defaultValue = "20", description = "How many stories. Default: ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Rasd rasd = Rasd.open(data.dir)) {
      List<Story> stories = rasd.stories(0, limit);
      if (json) {
        ArrayNode list = AnalysisJson.MAPPER.createArrayNode();
        stories.forEach(s -> list.add(AnalysisJson.story(s)));
        spec.commandLine().getOut().println(AnalysisJson.pretty(list));
      } else {
        StoryPrinter printer = new StoryPrinter(rasd, spec.commandLine().getOut());
        stories.forEach(printer::brief);
        if (stories.isEmpty()) {
          spec.commandLine().getOut().println("no stories in " + data.dir + " yet: run 'rasd ingest --data "
              + data.dir + " FILES' first");
        }
      }
      return 0;
    }
  }
}
