package dev.rasd.extract;

import dev.rasd.text.ArabicNormalizer;
import dev.rasd.text.Token;
import dev.rasd.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline of a page without the site's name.
 * <ol>
 *   <li>The {@code <title>} loses the site name: a last segment after a separator ({@code -},
 *       {@code |}, {@code –}, {@code —}, {@code ::}, {@code »}) that is short (≤
 *       {@value #SITE_NAME_MAX_WORDS} words) or that the page uses as its name elsewhere, or a
 *       first segment that the page uses as its name (logo alt, home link, copyright line).</li>
 *   <li>{@code og:title}, then each {@code <h1>}, stripped the same way, wins when it is
 *       consistent with that title: both share at least {@value #CONSISTENT} of each one's words.
 *       The check keeps a logo in an {@code <h1>} ("الجزيرة") from passing as the headline.</li>
 *   <li>Otherwise the stripped title, or the first non-empty candidate.</li>
 * </ol>
 */
final class HeadlineResolver {
  static final int SITE_NAME_MAX_WORDS = 5;
  static final double CONSISTENT = 0.7;
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[-|–—»«~•·]|::)\\s+");

  private HeadlineResolver() {
  }

  static String resolve(Document doc) {
    String siteNames = siteNameEvidence(doc);
    String title = strip(doc.title(), siteNames);
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(doc, "meta[property=og:title]"));
    candidates.add(meta(doc, "meta[name=twitter:title]"));
    for (Element h1 : doc.select("h1")) {
      candidates.add(h1.text());
    }
    String fallback = "";
    for (String candidate : candidates) {
      String c = strip(candidate, siteNames);
      if (c.isEmpty()) {
        continue;
      }
      if (title.isEmpty() || consistent(c, title)) {
        return c;
      }
      if (fallback.isEmpty()) {
        fallback = c;
      }
    }
    return title.isEmpty() ? fallback : title;
  }

  static String siteName(Document doc) {
    String name = meta(doc, "meta[property=og:site_name]");
    return name.isEmpty() ? null : name;
  }

  /**
   * Where a page names itself, as one matching key: {@code og:site_name}, {@code application-name},
   * the logo's alt text, links to the home page and the copyright line.
   */
  private static String siteNameEvidence(Document doc) {
    StringBuilder evidence = new StringBuilder();
    evidence.append(meta(doc, "meta[property=og:site_name]")).append(" | ");
    evidence.append(meta(doc, "meta[name=application-name]")).append(" | ");
    for (Element img : doc.select("a img[alt], [class~=(?i)logo] img[alt]")) {
      evidence.append(img.attr("alt")).append(" | ");
    }
    for (Element home : doc.select("a[href=/], a[href~=(?i)^(\\./)?(default|index)\\.\\w+$]")) {
      evidence.append(home.text()).append(" | ");
    }
    for (Element el : doc.select(":containsOwn(©), :containsOwn(حقوق)")) {
      evidence.append(el.ownText()).append(" | ");
    }
    return ArabicNormalizer.key(evidence);
  }

  private static String meta(Document doc, String query) {
    Element m = doc.selectFirst(query);
    return m == null ? "" : m.attr("content").strip();
  }

  /**
   * {@code raw} without the site name: a last segment that is short or named by the page, or a
   * first segment named by the page. A short first segment alone is not enough, because
   * headlines open with a short segment too ("الحكومة - النقابات: …").
   */
  static String strip(String raw, String siteNames) {
    String t = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    String last = parts[parts.length - 1];
    String first = parts[0];
    if ((words(last) <= SITE_NAME_MAX_WORDS || named(last, siteNames)) && last.length() < t.length() - last.length()) {
      return t.substring(0, lastSeparatorStart(t)).strip();
    }
    if (named(first, siteNames) && first.length() < t.length() - first.length()) {
      return t.substring(firstSeparatorEnd(t)).strip();
    }
    return t;
  }

  private static boolean named(String segment, String siteNames) {
    String key = ArabicNormalizer.key(segment).strip();
    return !key.isEmpty() && siteNames.contains(key);
  }

  private static int lastSeparatorStart(String t) {
    var m = SEPARATOR.matcher(t);
    int start = t.length();
    while (m.find()) {
      start = m.start();
    }
    return start;
  }

  private static int firstSeparatorEnd(String t) {
    var m = SEPARATOR.matcher(t);
    return m.find() ? m.end() : 0;
  }

  private static int words(String s) {
    return Tokenizer.tokenize(s).size();
  }

  private static boolean consistent(String a, String b) {
    Set<String> wa = keys(a);
    Set<String> wb = keys(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    Set<String> common = new HashSet<>(wa);
    common.retainAll(wb);
    return common.size() >= CONSISTENT * wa.size() && common.size() >= CONSISTENT * wb.size();
  }

  private static Set<String> keys(String s) {
    Set<String> keys = new HashSet<>();
    for (Token t : Tokenizer.tokenize(s)) {
      keys.add(t.key());
    }
    return keys;
  }
}
