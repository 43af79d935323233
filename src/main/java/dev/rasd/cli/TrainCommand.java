package dev.rasd.cli;

import picocli.CommandLine.Command;

/** Groups the training commands: each reproduces a model file shipped in the jar. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from labelled data; the shipped models are this command's output.",
    subcommands = {TrainNerCommand.class},
    footer = {"", "Examples:", "  rasd train ner --data ../shared/data/ner/train.conll --out src/main/resources/dev/rasd/entity/ner-model.bin"})
final class TrainCommand extends CommandGroup {
}
