package dev.rasd.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts an element's text into blocks the way a browser lays it out: a block element or a
 * {@code <br>} ends the current block. Older Arabic sites write whole articles as one span with
 * {@code <br><br>} between paragraphs, so line breaks must split just like {@code <p>} does.
 * White space (including no-break space) is collapsed inside a block.
 */
final class TextBlocks implements NodeVisitor {
  static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td",
      "th", "form", "figure", "figcaption", "center", "address", "fieldset", "body", "hr");
  private static final char NO_BREAK_SPACE = '\u00A0';

  private final List<TextBlock> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;

  private TextBlocks(Element root) {
    open.push(root);
  }

  static List<TextBlock> of(Element root) {
    TextBlocks walker = new TextBlocks(root);
    NodeTraversor.traverse(walker, root);
    walker.flush();
    return walker.blocks;
  }

  static boolean isBlock(Element el) {
    return BLOCK_TAGS.contains(el.normalName());
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
    } else if (node instanceof Element el) {
      if (el.normalName().equals("br") || isBlock(el)) {
        flush();
      }
      if (isBlock(el) && depth > 0) {
        open.push(el);
      } else if (el.normalName().equals("a")) {
        linkDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element el) {
      if (isBlock(el) && depth > 0) {
        flush();
        open.pop();
      } else if (el.normalName().equals("a")) {
        linkDepth--;
      }
    }
  }

  private void append(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean space = Character.isWhitespace(c) || c == NO_BREAK_SPACE;
      if (space) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
          countLink();
        }
      } else {
        text.append(c);
        countLink();
      }
    }
  }

  private void countLink() {
    if (linkDepth > 0) {
      linkChars++;
    }
  }

  private void flush() {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
      if (linkDepth > 0) {
        linkChars--;
      }
    }
    if (end > 0) {
      blocks.add(new TextBlock(text.substring(0, end), Math.min(linkChars, end), open.peek()));
    }
    text.setLength(0);
    linkChars = 0;
  }
}
