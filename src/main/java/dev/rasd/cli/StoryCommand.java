package dev.rasd.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rasd.Rasd;
import dev.rasd.model.Entity;
import dev.rasd.model.Story;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "story", mixinStandardHelpOptions = true,
    description = "Show one story: headline, summary, its reports by time and outlet, entities and quotes.",
    footer = {"", "Examples:", "  rasd story S-3", "  rasd story --json S-3"})
final class StoryCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(paramLabel = "ID", description = "Story id, as listed by 'rasd stories'.")
  String id;

  @Option(names = "--json", description = "Print JSON: the story and its articles with all layers.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Rasd rasd = Rasd.open(data.dir)) {
      Optional<Story> story = rasd.story(id);
      if (story.isEmpty()) {
        spec.commandLine().getErr().println("rasd: no story " + id + " in " + data.dir + " (see 'rasd stories')");
        return 1;
      }
      if (json) {
        ObjectNode n = AnalysisJson.story(story.get());
        ArrayNode articles = n.putArray("reports");
        Map<String, Entity> noLookup = Map.of();
        rasd.articlesOfStory(id).forEach(a -> articles.add(AnalysisJson.article(a, noLookup)));
        spec.commandLine().getOut().println(AnalysisJson.pretty(n));
      } else {
        new StoryPrinter(rasd, spec.commandLine().getOut()).full(story.get());
      }
      return 0;
    }
  }
}
