package dev.rasd.eval;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import dev.rasd.text.ArabicStemmer;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.carrot2.language.ExtendedWhitespaceTokenizer;
import org.carrot2.language.LabelFilter;
import org.carrot2.language.LanguageComponents;
import org.carrot2.language.Stemmer;
import org.carrot2.language.StopwordFilter;
import org.carrot2.language.Tokenizer;
import org.carrot2.text.preprocessing.LabelFormatter;
import org.carrot2.text.preprocessing.LabelFormatterImpl;

/**
 * Arabic for Carrot2 4.x, built here because the Carrot2 Lucene language pack is not published
 * for 4.5.1 on Maven Central: Carrot2's whitespace tokenizer, Rasd's {@link ArabicStemmer}
 * (Lucene's Arabic normaliser and light stemmer, whose classes Lucene 10 no longer exports) and
 * Lucene's Arabic stop words.
 */
final class ArabicCarrotLanguage {
  static final String NAME = "Arabic";

  private ArabicCarrotLanguage() {
  }

  static LanguageComponents components() {
    CharArraySet stopwords = ArabicAnalyzer.getDefaultStopSet();
    ArabicStemmer light = new ArabicStemmer();
    Supplier<Stemmer> stemmer = () -> word -> {
      List<String> stems = light.stems(word.toString());
      return stems.size() == 1 ? stems.getFirst() : null;
    };
    Map<Class<?>, Supplier<?>> parts = Map.of(
        Stemmer.class, stemmer,
        Tokenizer.class, ExtendedWhitespaceTokenizer::new,
        StopwordFilter.class, (Supplier<StopwordFilter>) () -> word -> !stopwords.contains(word),
        LabelFilter.class, (Supplier<LabelFilter>) () -> label -> true,
        LabelFormatter.class, () -> new LabelFormatterImpl(" "));
    return new LanguageComponents(NAME, parts);
  }
}
