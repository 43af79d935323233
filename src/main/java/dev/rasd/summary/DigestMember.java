package dev.rasd.summary;

import dev.rasd.text.Sentence;
import dev.rasd.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One member article as the digester keeps it between digests of its story: the text, and, once
 * first digested, the terms of its title, of its whole text and of its candidate lead
 * sentences. A story is digested again each time it changes, and stemming its members anew
 * every time cost more than the rest of the digest; terms do not depend on the IDF, so they
 * are kept and only weighted per digest.
 */
public final class DigestMember {
  private final SourceText source;
  private Analysis analysis;

  /**
   * A text's terms, each distinct term stored once and the text as indexes into them. Weighing
   * replays the counting term by term, as it was done on the stemmer's output, so the map (and
   * the order sums over it run in) is exactly the one made before terms were kept.
   */
  record Terms(String[] distinct, int[] sequence) {
    static Terms of(List<String> terms) {
      Map<String, Integer> index = new LinkedHashMap<>();
      int[] sequence = new int[terms.size()];
      for (int i = 0; i < sequence.length; i++) {
        sequence[i] = index.computeIfAbsent(terms.get(i), t -> index.size());
      }
      return new Terms(index.keySet().toArray(String[]::new), sequence);
    }

    int size() {
      return distinct.length;
    }

    /** {@code log(1 + count) · idf} per distinct term. */
    Map<String, Double> weigh(TermWeighting weighting) {
      Map<String, Double> out = new HashMap<>();
      for (int k : sequence) {
        out.merge(distinct[k], 1.0, Double::sum);
      }
      out.replaceAll((t, c) -> Math.log1p(c) * weighting.idf(t));
      return out;
    }
  }

  /** A lead sentence that may stand in a summary, with its terms and its content-term set. */
  record Lead(SummarySentence sentence, Terms terms, Set<String> contentTerms) {
  }

  record Analysis(Terms title, Terms whole, List<Lead> leads) {
  }

  public DigestMember(SourceText source) {
    this.source = source;
  }

  public SourceText source() {
    return source;
  }

  Analysis analysis(TermWeighting weighting) {
    if (analysis == null) {
      analysis = analyse(weighting);
    }
    return analysis;
  }

  private Analysis analyse(TermWeighting weighting) {
    String text = source.text();
    List<Lead> leads = new ArrayList<>();
    List<Sentence> split = SentenceSplitter.split(text);
    for (int i = 0; i < split.size() && i < StoryDigester.LEAD_SENTENCES; i++) {
      Sentence s = split.get(i);
      int start = s.start() + Dateline.length(s.text());
      String sentence = text.substring(start, s.end());
      if (SentenceDependence.dependsOnPrevious(sentence)) {
        continue;
      }
      Terms terms = Terms.of(weighting.terms(sentence));
      if (terms.size() >= StoryDigester.MIN_WORDS) {
        leads.add(new Lead(new SummarySentence(source.articleId(), start, s.end(), sentence), terms,
            SentenceOverlap.terms(List.of(terms.distinct()))));
      }
    }
    return new Analysis(Terms.of(weighting.terms(source.title())),
        Terms.of(weighting.terms(source.title() + "\n" + text)), leads);
  }
}
