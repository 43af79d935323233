package dev.rasd.summary;

import dev.rasd.text.Sentence;
import dev.rasd.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Headline and extractive summary of one story.
 *
 * <ul>
 *   <li>Headline: the member title with the highest cosine to the story centroid (the sum of the
 *       members' unit vectors), ties to the earliest member: the title that says what most
 *       reports say.</li>
 *   <li>Summary: candidate sentences are the first {@value #LEAD_SENTENCES} sentences of each
 *       member (news puts the facts first) with at least {@value #MIN_WORDS} terms. Each is scored
 *       by centroid cosine times {@code 1 + support}, where support is the share of OTHER outlets
 *       having a sentence at cosine ≥ {@value #SUPPORT_COSINE} to it (facts stated by several
 *       outlets). Maximal marginal relevance (Carbonell and Goldstein 1998) with λ = {@value #LAMBDA}
 *       then picks up to {@value #MAX_SENTENCES} sentences, skipping near-repeats of a chosen one
 *       and stopping at {@value #MAX_CHARS} characters once {@value #MIN_SENTENCES} are chosen.</li>
 * </ul>
 */
public final class StoryDigester {
  static final int LEAD_SENTENCES = 4;
  static final int MIN_WORDS = 6;
  static final double SUPPORT_COSINE = 0.3;
  static final double LAMBDA = 0.7;
  static final double REPEAT_COSINE = 0.5;
  static final int MIN_SENTENCES = 2;
  static final int MAX_SENTENCES = 4;
  static final int MAX_CHARS = 600;

  private final TermWeighting weighting;

  public StoryDigester(TermWeighting weighting) {
    this.weighting = weighting;
  }

  private record Candidate(SummarySentence sentence, int member, Map<String, Double> vector) {
  }

  /** {@code members} in arrival order; at least one. */
  public StoryDigest digest(List<SourceText> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
    Map<String, Double> centroid = new HashMap<>();
    for (SourceText m : members) {
      addUnit(centroid, weighting.weigh(m.title() + "\n" + m.text()));
    }
    SourceText head = headline(members, centroid);
    return new StoryDigest(head.title(), head.articleId(), sentences(members, centroid));
  }

  private SourceText headline(List<SourceText> members, Map<String, Double> centroid) {
    SourceText best = members.getFirst();
    double bestScore = -1;
    for (SourceText m : members) {
      double s = cosine(weighting.weigh(m.title()), centroid);
      if (s > bestScore) {
        best = m;
        bestScore = s;
      }
    }
    return best;
  }

  private List<SummarySentence> sentences(List<SourceText> members, Map<String, Double> centroid) {
    List<Candidate> candidates = candidates(members);
    double[] relevance = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      relevance[i] = cosine(candidates.get(i).vector(), centroid) * (1 + support(candidates, i, members.size()));
    }
    List<Candidate> chosen = new ArrayList<>();
    int chars = 0;
    while (chosen.size() < MAX_SENTENCES && (chosen.size() < MIN_SENTENCES || chars < MAX_CHARS)) {
      int pick = -1;
      double pickScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        if (chosen.contains(c)) {
          continue;
        }
        double redundancy = maxCosine(c, chosen);
        if (redundancy >= REPEAT_COSINE) {
          continue;
        }
        double score = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy;
        if (score > pickScore) {
          pick = i;
          pickScore = score;
        }
      }
      if (pick < 0) {
        break;
      }
      Candidate c = candidates.get(pick);
      chosen.add(c);
      chars += c.sentence().text().length();
    }
    List<SummarySentence> out = new ArrayList<>();
    for (Candidate c : chosen) {
      out.add(c.sentence());
    }
    return out;
  }

  private List<Candidate> candidates(List<SourceText> members) {
    List<Candidate> out = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      SourceText member = members.get(m);
      List<Sentence> split = SentenceSplitter.split(member.text());
      for (int i = 0; i < split.size() && i < LEAD_SENTENCES; i++) {
        Sentence s = split.get(i);
        Map<String, Double> v = weighting.weigh(s.text());
        if (v.size() >= MIN_WORDS) {
          out.add(new Candidate(new SummarySentence(member.articleId(), s.start(), s.end(), s.text()), m, v));
        }
      }
    }
    return out;
  }

  /** Share of the other members with a sentence close to candidate {@code i}. */
  private static double support(List<Candidate> candidates, int i, int memberCount) {
    if (memberCount < 2) {
      return 0;
    }
    Candidate c = candidates.get(i);
    Set<Integer> supporting = new HashSet<>();
    for (Candidate other : candidates) {
      if (other.member() != c.member() && cosine(c.vector(), other.vector()) >= SUPPORT_COSINE) {
        supporting.add(other.member());
      }
    }
    return (double) supporting.size() / (memberCount - 1);
  }

  private static double maxCosine(Candidate c, List<Candidate> chosen) {
    double max = 0;
    for (Candidate o : chosen) {
      max = Math.max(max, cosine(c.vector(), o.vector()));
    }
    return max;
  }

  private static void addUnit(Map<String, Double> sum, Map<String, Double> v) {
    double norm = norm(v);
    if (norm > 0) {
      v.forEach((t, w) -> sum.merge(t, w / norm, Double::sum));
    }
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return Math.sqrt(s);
  }
}
