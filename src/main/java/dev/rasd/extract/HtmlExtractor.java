package dev.rasd.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Main text and title of a news web page. (First cut: the title tag and every paragraph.) */
public final class HtmlExtractor {
  public ExtractedPage extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    StringBuilder body = new StringBuilder();
    for (Element p : doc.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) {
        body.append(t).append("\n\n");
      }
    }
    return new ExtractedPage(doc.title().strip(), body.toString().strip(), null);
  }
}
