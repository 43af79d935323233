package dev.rasd.summary;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 *   <li>Candidates: the first {@value #LEAD_SENTENCES} sentences of each member (news puts the
 *       facts first) with at least {@value #MIN_WORDS} terms, a leading {@link Dateline} cut off,
 *       and none that leans on the sentence before it ({@link SentenceDependence}).</li>
 *   <li>Relevance: centroid cosine times {@code 1 + support}, where support is the share of OTHER
 *       members having a sentence at cosine ≥ {@value #SUPPORT_COSINE} to it (facts stated by
 *       several outlets).</li>
 *   <li>Selection: maximal marginal relevance (Carbonell and Goldstein 1998) with λ =
 *       {@value #LAMBDA} picks up to {@value #MAX_SENTENCES} sentences; a candidate whose
 *       content-term overlap with a chosen one reaches {@link SentenceOverlap#REDUNDANT} is never
 *       taken. It stops at {@value #MAX_CHARS} characters once {@value #MIN_SENTENCES} are chosen.</li>
 *   <li>Order: the chosen sentences read in the order they were published: by their article's
 *       time (arrival order when undated), then by position in the article.</li>
 * </ul>
 */
public final class StoryDigester {
  static final int LEAD_SENTENCES = 5;
  static final int MIN_WORDS = 6;
  static final double SUPPORT_COSINE = 0.3;
  static final double LAMBDA = 0.7;
  static final int MIN_SENTENCES = 2;
  static final int MAX_SENTENCES = 4;
  static final int MAX_CHARS = 600;

  private final TermWeighting weighting;

  public StoryDigester(TermWeighting weighting) {
    this.weighting = weighting;
  }

  /** A weighted vector and its norm, taken once per digest: each vector is compared many times. */
  private record Vector(Map<String, Double> weights, double norm) {
    static Vector of(Map<String, Double> weights) {
      return new Vector(weights, StoryDigester.norm(weights));
    }
  }

  private record Candidate(SummarySentence sentence, int member, OffsetDateTime published,
                           Vector vector, Set<String> terms) {
  }

  /** {@code members} in arrival order; at least one. */
  public StoryDigest digest(List<SourceText> members) {
    return digestMembers(members.stream().map(DigestMember::new).toList());
  }

  /** As {@link #digest(List)}, over members that keep their terms between digests. */
  public StoryDigest digestMembers(List<DigestMember> members) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
    List<DigestMember.Analysis> analysed = members.stream().map(m -> m.analysis(weighting)).toList();
    Map<String, Double> sum = new HashMap<>();
    for (DigestMember.Analysis a : analysed) {
      addUnit(sum, a.whole().weigh(weighting));
    }
    Vector centroid = Vector.of(sum);
    SourceText head = headline(members, analysed, centroid);
    return new StoryDigest(head.title(), head.articleId(), sentences(members, analysed, centroid));
  }

  private SourceText headline(List<DigestMember> members, List<DigestMember.Analysis> analysed, Vector centroid) {
    SourceText best = members.getFirst().source();
    double bestScore = -1;
    for (int m = 0; m < members.size(); m++) {
      double s = cosine(Vector.of(analysed.get(m).title().weigh(weighting)), centroid);
      if (s > bestScore) {
        best = members.get(m).source();
        bestScore = s;
      }
    }
    return best;
  }

  private List<SummarySentence> sentences(List<DigestMember> members, List<DigestMember.Analysis> analysed,
                                          Vector centroid) {
    List<Candidate> candidates = candidates(members, analysed);
    double[] relevance = new double[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      relevance[i] = cosine(candidates.get(i).vector(), centroid) * (1 + support(candidates, i, members.size()));
    }
    boolean[] taken = new boolean[candidates.size()];
    List<Candidate> chosen = new ArrayList<>();
    int chars = 0;
    while (chosen.size() < MAX_SENTENCES && (chosen.size() < MIN_SENTENCES || chars < MAX_CHARS)) {
      int pick = -1;
      double pickScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        if (taken[i] || repeatsChosen(c, chosen)) {
          continue;
        }
        double score = LAMBDA * relevance[i] - (1 - LAMBDA) * maxCosine(c, chosen);
        if (score > pickScore) {
          pick = i;
          pickScore = score;
        }
      }
      if (pick < 0) {
        break;
      }
      Candidate c = candidates.get(pick);
      taken[pick] = true;
      chosen.add(c);
      chars += c.sentence().text().length();
    }
    chosen.sort(Comparator.comparing(Candidate::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(Candidate::member)
        .thenComparingInt(c -> c.sentence().start()));
    return chosen.stream().map(Candidate::sentence).toList();
  }

  private List<Candidate> candidates(List<DigestMember> members, List<DigestMember.Analysis> analysed) {
    List<Candidate> out = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      OffsetDateTime published = members.get(m).source().published();
      for (DigestMember.Lead lead : analysed.get(m).leads()) {
        out.add(new Candidate(lead.sentence(), m, published, Vector.of(lead.terms().weigh(weighting)),
            lead.contentTerms()));
      }
    }
    return out;
  }

  private static boolean repeatsChosen(Candidate c, List<Candidate> chosen) {
    for (Candidate o : chosen) {
      if (SentenceOverlap.jaccard(c.terms(), o.terms()) >= SentenceOverlap.REDUNDANT) {
        return true;
      }
    }
    return false;
  }

  /** Share of the other members with a sentence close to candidate {@code i}. */
  private static double support(List<Candidate> candidates, int i, int memberCount) {
    if (memberCount < 2) {
      return 0;
    }
    Candidate c = candidates.get(i);
    boolean[] supporting = new boolean[memberCount];
    int count = 0;
    for (Candidate other : candidates) {
      if (other.member() != c.member() && !supporting[other.member()]
          && cosine(c.vector(), other.vector()) >= SUPPORT_COSINE) {
        supporting[other.member()] = true;
        count++;
      }
    }
    return (double) count / (memberCount - 1);
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

  private static double cosine(Vector a, Vector b) {
    Map<String, Double> small = a.weights().size() <= b.weights().size() ? a.weights() : b.weights();
    Map<String, Double> large = small == a.weights() ? b.weights() : a.weights();
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot == 0 ? 0 : dot / (a.norm() * b.norm());
  }

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return Math.sqrt(s);
  }
}
