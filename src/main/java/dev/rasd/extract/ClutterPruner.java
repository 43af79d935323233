package dev.rasd.extract;

import dev.rasd.text.ArabicNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Removes what is never article text, before any container is scored. In order:
 * <ol>
 *   <li>elements that cannot hold body text or only hold page chrome: scripts, forms controls,
 *       {@code nav}, {@code aside}, {@code header}, {@code footer}, {@code figcaption}, media;
 *       never {@code <form>} itself, because ASP.NET pages wrap the whole page in one;</li>
 *   <li>hidden elements ({@code hidden}, {@code display:none});</li>
 *   <li>elements whose class/id names clutter (see {@link ClassHints}), unless they hold at
 *       least {@value #WRAPPER_SHARE} of the page's text — a wrapper such as
 *       {@code page-with-sidebar} or {@code ContentPlaceHolder1} contains the article too;</li>
 *   <li>blocks announced by an Arabic label such as «الأكثر قراءة» or «أخبار ذات صلة»: sites
 *       often give these boxes no telling class. An inline label («اقرأ أيضا») takes only its own
 *       paragraph; a section label takes the highest ancestor that is mostly links, and when its
 *       parent holds real text (comments under an article) the label and everything after it.</li>
 * </ol>
 */
final class ClutterPruner {
  static final double WRAPPER_SHARE = 0.4;
  private static final String CHROME =
      "script, style, noscript, iframe, svg, template, button, input, select, textarea, nav, aside, header, footer,"
          + " figcaption, object, embed, video, audio, canvas, map, link, meta, dialog";
  private static final String HIDDEN = "[hidden], [style~=(?i)display\\s*:\\s*none], [aria-hidden=true]";
  private static final List<String> INLINE_LABELS = keys("اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد",
      "شاهد أيضا", "شاهد أيضاً", "طالع أيضا", "للمزيد");
  private static final List<String> SECTION_LABELS = keys("الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا",
      "الأكثر تداولاً", "الأكثر شعبية", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "أخبار متعلقة",
      "قد يعجبك أيضا", "قد يهمك أيضا", "قد يهمك", "آخر الأخبار", "أحدث الأخبار", "المزيد من", "التعليقات",
      "تعليقات القراء", "أضف تعليقك", "أضف تعليقا", "شارك الخبر", "شارك المقال", "تابعونا", "تابعنا على",
      "الأخبار الرئيسية", "اخترنا لكم", "روابط ذات صلة", "ذات صلة");
  private static final int LABEL_SLACK = 16;
  private static final int MOSTLY_LINKS_MAX_PLAIN_LETTERS = 300;

  private final double pageLetters;

  private ClutterPruner(Element body) {
    this.pageLetters = Math.max(1, ArabicLetters.count(body.text()));
  }

  static void prune(Element body) {
    ClutterPruner pruner = new ClutterPruner(body);
    body.select(CHROME).remove();
    body.select(HIDDEN).remove();
    pruner.removeHinted(body);
    pruner.removeLabelled(body);
  }

  private void removeHinted(Element body) {
    for (Element el : body.select("*")) {
      if (el == body || el.ownerDocument() == null || el.normalName().equals("html")) {
        continue;
      }
      boolean clutter = ClassHints.isStrongNegative(el) || (ClassHints.isWeakNegative(el) && !ClassHints.isPositive(el));
      if (clutter && share(el) < WRAPPER_SHARE) {
        el.remove();
      }
    }
  }

  private void removeLabelled(Element body) {
    for (Element el : body.select("*")) {
      if (el.ownerDocument() == null || el.childrenSize() > 2) {
        continue;
      }
      String key = labelKey(el.text());
      if (matches(key, INLINE_LABELS)) {
        removeInline(el);
      } else if (matches(key, SECTION_LABELS)) {
        removeSection(el);
      }
    }
  }

  private static void removeInline(Element label) {
    Element block = nearestBlock(label);
    Element next = block.nextElementSibling();
    if (block.normalName().matches("h[1-6]") && next != null && linkDensity(next) > 0.5) {
      next.remove();
    }
    block.remove();
  }

  private void removeSection(Element label) {
    Element top = nearestBlock(label);
    for (Element up = top.parent(); up != null && !up.normalName().equals("body"); up = up.parent()) {
      if (plainLetters(up) > MOSTLY_LINKS_MAX_PLAIN_LETTERS || share(up) >= WRAPPER_SHARE) {
        break;
      }
      top = up;
    }
    if (top == nearestBlock(label) && top.parent() != null && plainLetters(top.parent()) > MOSTLY_LINKS_MAX_PLAIN_LETTERS) {
      removeFrom(top);
    } else {
      top.remove();
    }
  }

  /** Removes {@code first} and every sibling after it: what follows a comments heading is comments. */
  private static void removeFrom(Element first) {
    List<Node> siblings = List.copyOf(first.parent().childNodes());
    for (int i = first.siblingIndex(); i < siblings.size(); i++) {
      siblings.get(i).remove();
    }
  }

  private static Element nearestBlock(Element el) {
    Element e = el;
    while (!TextBlocks.isBlock(e) && e.parent() != null) {
      e = e.parent();
    }
    return e;
  }

  private double share(Element el) {
    return ArabicLetters.count(el.text()) / pageLetters;
  }

  /** Arabic letters of {@code el} that are not inside links. */
  private static int plainLetters(Element el) {
    int n = 0;
    for (TextBlock b : TextBlocks.of(el)) {
      n += ArabicLetters.count(b.text()) * (1 - b.linkDensity());
    }
    return n;
  }

  static double linkDensity(Element el) {
    int text = el.text().length();
    if (text == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : el.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / text);
  }

  private static boolean matches(String key, List<String> labels) {
    for (String label : labels) {
      if (key.startsWith(label) && key.length() <= label.length() + LABEL_SLACK) {
        return true;
      }
    }
    return false;
  }

  private static String labelKey(String text) {
    return ArabicNormalizer.key(text).replaceAll("[\\p{P}\\p{S}]", " ").replaceAll("\\s+", " ").strip()
        .toLowerCase(Locale.ROOT);
  }

  private static List<String> keys(String... labels) {
    return Arrays.stream(labels).map(ClutterPruner::labelKey).distinct().toList();
  }
}
