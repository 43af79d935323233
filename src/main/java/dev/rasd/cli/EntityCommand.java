package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.model.Entity;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Show the entities matching a name (any spelling variant): canonical name, type, variants, stories.",
    footer = {"", "Examples:", "  rasd entity حفتر", "  rasd entity --data news-data \"سيرجي لافروف\""})
final class EntityCommand implements Callable<Integer> {
  @Mixin
  DataOption data;

  @Parameters(paramLabel = "NAME", description = "A name or part of one, in any spelling the outlets use.")
  String name;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Rasd rasd = Rasd.open(data.dir)) {
      List<Entity> found = rasd.findEntities(name);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("rasd: no entity matches \"" + name + "\" in " + data.dir);
        return 1;
      }
      StoryPrinter printer = new StoryPrinter(rasd, out);
      for (Entity e : found) {
        out.printf("%s  %s (%s)%n", e.id(), e.canonical(), e.type());
        out.println("    variants: " + String.join("، ", e.variants()));
        rasd.storiesOfEntity(e.id()).forEach(sid -> rasd.story(sid).ifPresent(printer::brief));
      }
      return 0;
    }
  }
}
