package dev.rasd.eval;

import dev.rasd.extract.HtmlExtractor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import net.dankito.readability4j.Readability4J;

/** The systems compared by {@code rasd eval extract}: Rasd's extractor and the Readability4J port of Mozilla Readability. */
public final class ExtractBaselines {
  public static final String RASD = "rasd";
  public static final String READABILITY = "readability4j";

  private ExtractBaselines() {
  }

  public static Map<String, BiFunction<String, String, String>> standard() {
    HtmlExtractor extractor = new HtmlExtractor();
    Map<String, BiFunction<String, String, String>> systems = new LinkedHashMap<>();
    systems.put(RASD, (html, url) -> extractor.extract(html, url).text());
    systems.put(READABILITY, (html, url) -> {
      String text = new Readability4J(url, html).parse().getTextContent();
      return text == null ? "" : text;
    });
    return systems;
  }
}
