package dev.rasd.cli;

import dev.rasd.entity.ConllCorpus;
import dev.rasd.eval.NerAnnotationAgreement;
import dev.rasd.model.EntityType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval ner-agreement}: two annotations of the same sentences scored one against the other. */
@Command(name = "ner-agreement", mixinStandardHelpOptions = true,
    description = {"Score one CoNLL annotation against another of the same sentences, as if it were a tagger's output:",
        "the ceiling a model trained on --annotation reaches when judged by --gold's guidelines."},
    footer = {"", "Example:",
        "  rasd eval ner-agreement --annotation ../shared/data/ner/train.conll --gold ../shared/data/ner/anercorp-train.conll",
        "Sentences are paired by their letters (spaces and clitic splits ignored); unpaired ones are skipped and counted."})
public final class EvalNerAgreementCommand implements Callable<Integer> {
  @Option(names = "--annotation", required = true, description = "the annotation scored (plays the tagger)")
  Path annotation;

  @Option(names = "--gold", required = true, description = "the annotation taken as the gold")
  Path gold;

  @Override
  public Integer call() {
    try {
      NerAnnotationAgreement.Result r = NerAnnotationAgreement.compare(ConllCorpus.read(annotation), ConllCorpus.read(gold));
      System.out.print(r.scores().report(Map.of(EntityType.PER, "PERS")));
      System.out.printf("%d sentences paired (of %d in --annotation, %d in --gold)%n", r.paired(), r.sentencesA(), r.sentencesB());
      return 0;
    } catch (IOException e) {
      System.err.println("rasd eval ner-agreement: " + Problems.reading(e));
      return 2;
    }
  }
}
