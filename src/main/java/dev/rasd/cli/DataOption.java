package dev.rasd.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that reads or writes a store. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "rasd-data",
      description = "Data directory (SQLite store and search index). Default: ${DEFAULT-VALUE}")
  Path dir;
}
