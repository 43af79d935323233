package dev.rasd.bench;

import dev.rasd.text.Sentence;
import dev.rasd.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Rewrites a report's body at sentence level, the way outlets rewrite one another's copy:
 * <ol>
 *   <li>the head stays in place: the lead (the first sentence of at least {@value #LEAD_CHARS}
 *       characters, with its dateline) and any short lines before it, which on extracted pages are
 *       breadcrumbs and bylines; so does the last sentence, where share-and-follow cruft sits;</li>
 *   <li>each middle sentence is dropped with probability {@value #DROP};</li>
 *   <li>after each kept middle sentence, with probability {@value #BORROW}, a middle sentence of
 *       another report of the same event is inserted, so siblings share text as real reports do;</li>
 *   <li>adjacent middle sentences swap with probability {@value #SWAP}.</li>
 * </ol>
 * A paragraph break after a sentence travels with it. The random choices come from the caller,
 * seeded from the report's origin, so a wire copy makes the same choices as its original and stays
 * a near-verbatim copy.
 */
final class SentenceRecombiner {
  static final double DROP = 0.15;
  static final double BORROW = 0.15;
  static final double SWAP = 0.2;
  static final int LEAD_CHARS = 60;

  private final Map<String, List<Piece>> pieces = new HashMap<>();

  SentenceRecombiner(List<SourceArticle> corpus) {
    for (SourceArticle a : corpus) {
      pieces.put(a.article().id(), split(a.article().body()));
    }
  }

  /** The recombined body of {@code report}, drawing borrowed sentences from {@code event}. */
  String body(SourceArticle report, List<SourceArticle> event, SplittableRandom random) {
    List<Piece> own = pieces.get(report.article().id());
    int head = headLength(own);
    if (head >= own.size() - 1) {
      return report.article().body();
    }
    List<Piece> middle = new ArrayList<>();
    for (Piece p : own.subList(head, own.size() - 1)) {
      if (random.nextDouble() < DROP) {
        continue;
      }
      middle.add(p);
      if (random.nextDouble() < BORROW) {
        SourceArticle sibling = event.get(random.nextInt(event.size()));
        List<Piece> theirs = pieces.get(sibling.article().id());
        int theirHead = headLength(theirs);
        // A report borrowing from itself or from its own copy would only repeat a sentence.
        if (!sibling.origin().equals(report.origin()) && theirHead < theirs.size() - 1) {
          middle.add(theirs.get(theirHead + random.nextInt(theirs.size() - 1 - theirHead)));
        }
      }
    }
    for (int i = 0; i + 1 < middle.size(); i++) {
      if (random.nextDouble() < SWAP) {
        middle.set(i, middle.set(i + 1, middle.get(i)));
      }
    }
    StringBuilder body = new StringBuilder();
    own.subList(0, head).forEach(p -> append(body, p));
    middle.forEach(p -> append(body, p));
    append(body, own.getLast());
    return body.toString().strip();
  }

  /** The number of pieces up to and including the lead. */
  private static int headLength(List<Piece> pieces) {
    int i = 0;
    while (i < pieces.size() && pieces.get(i).text().length() < LEAD_CHARS) {
      i++;
    }
    return Math.min(i + 1, pieces.size());
  }

  private static void append(StringBuilder body, Piece p) {
    body.append(p.text()).append(p.paragraphEnd() ? "\n\n" : " ");
  }

  private static List<Piece> split(String body) {
    List<Sentence> sentences = SentenceSplitter.split(body);
    List<Piece> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      int gapEnd = i + 1 < sentences.size() ? sentences.get(i + 1).start() : body.length();
      out.add(new Piece(sentences.get(i).text(), body.substring(sentences.get(i).end(), gapEnd).indexOf('\n') >= 0));
    }
    return out;
  }

  /** A sentence and whether a paragraph break followed it. */
  private record Piece(String text, boolean paragraphEnd) {
  }
}
