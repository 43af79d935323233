package dev.rasd.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element(s) holding the article body in a pruned page.
 * <ol>
 *   <li>Every text block with at least {@value #MIN_LETTERS} Arabic letters and link density
 *       below {@value #MAX_LINK_DENSITY} is worth {@code 1 + min(letters/100, 3) + punctuation};
 *       the worth goes to the block's container (the parent of a {@code <p>}, or the element
 *       itself when text sits directly in a div or cell), half to the next ancestor and a third
 *       to the one above. Nothing reaches further up, so a {@code <form>} or layout table that
 *       wraps the whole page never outranks the div that actually holds the paragraphs.</li>
 *   <li>A container's score is that sum times {@code (1 - link density)} plus its
 *       {@link ClassHints#weight class/id weight}; the best one wins.</li>
 *   <li>Siblings of the winner join it when they score at least a fifth of it or are long,
 *       link-poor paragraphs: bodies split by an ad slot or an inline box stay whole.</li>
 * </ol>
 * The scheme follows Arc90 Readability's idea, with Arabic letters instead of characters as
 * the measure of text and Arabic punctuation counted.
 */
final class MainContainerFinder {
  static final int MIN_LETTERS = 25;
  static final double MAX_LINK_DENSITY = 0.35;
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd");
  private static final double SIBLING_SHARE = 0.2;
  private static final int LONG_PARAGRAPH_LETTERS = 80;
  private static final char ARABIC_COMMA = '\u060C';
  private static final char ARABIC_SEMICOLON = '\u061B';
  private static final char ARABIC_QUESTION_MARK = '\u061F';

  private final Map<Element, Double> raw = new IdentityHashMap<>();

  private MainContainerFinder() {
  }

  static List<Element> find(Element body) {
    MainContainerFinder finder = new MainContainerFinder();
    finder.credit(TextBlocks.of(body));
    return finder.best(body);
  }

  private void credit(List<TextBlock> blocks) {
    for (TextBlock b : blocks) {
      int letters = ArabicLetters.count(b.text());
      if (letters < MIN_LETTERS || b.linkDensity() >= MAX_LINK_DENSITY) {
        continue;
      }
      double worth = 1 + Math.min(letters / 100.0, 3) + Math.min(punctuation(b.text()), 3);
      Element container = PARAGRAPH_TAGS.contains(b.owner().normalName()) ? b.owner().parent() : b.owner();
      for (int level = 1; level <= 3 && container != null; level++, container = container.parent()) {
        raw.merge(container, worth / level, Double::sum);
      }
    }
  }

  private List<Element> best(Element body) {
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Element candidate : raw.keySet()) {
      double s = score(candidate);
      if (s > topScore) {
        top = candidate;
        topScore = s;
      }
    }
    if (top == null) {
      return List.of(body);
    }
    return withSiblings(top, topScore);
  }

  private List<Element> withSiblings(Element top, double topScore) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    List<Element> chosen = new ArrayList<>();
    double threshold = Math.max(6, topScore * SIBLING_SHARE);
    for (Element sibling : parent.children()) {
      if (sibling == top || (raw.containsKey(sibling) && score(sibling) >= threshold) || isLongParagraph(sibling)) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private double score(Element el) {
    return raw.getOrDefault(el, 0.0) * (1 - ClutterPruner.linkDensity(el)) + ClassHints.weight(el);
  }

  private static boolean isLongParagraph(Element el) {
    return el.normalName().equals("p") && ArabicLetters.count(el.text()) >= LONG_PARAGRAPH_LETTERS
        && ClutterPruner.linkDensity(el) < 0.25;
  }

  private static int punctuation(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case ',', '.', ARABIC_COMMA, ARABIC_SEMICOLON, ARABIC_QUESTION_MARK -> n++;
        default -> {
        }
      }
    }
    return n;
  }
}
