package dev.rasd.cli;

import picocli.CommandLine.Command;

/** Groups the evaluation commands: each measures one stage against a gold file or directory. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure a pipeline stage against gold data and print the figures (with baselines where they exist).",
    subcommands = {EvalClustersCommand.class, EvalExtractCommand.class, EvalQuotesCommand.class, EvalTimesCommand.class, EvalNerCommand.class, EvalNerAgreementCommand.class,
        EvalEntitiesCommand.class},
    footer = {"", "Examples:", "  rasd eval clusters --gold ../shared/data/gold-news/dev.jsonl --explain", "  rasd eval extract --gold src/test/resources/extract-gold",
        "  rasd eval quotes --gold ../shared/data/gold-news/dev.jsonl",
        "  rasd eval times --gold ../shared/data/gold-news/dev.jsonl",
        "  rasd eval ner --gold ../shared/data/ner/test.conll",
        "  rasd eval ner-agreement --annotation ../shared/data/ner/train.conll --gold ../shared/data/ner/anercorp-train.conll",
        "  rasd eval entities --gold ../shared/data/gold-news/dev.jsonl"})
final class EvalCommand extends CommandGroup {
}
