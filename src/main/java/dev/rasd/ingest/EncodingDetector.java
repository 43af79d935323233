package dev.rasd.ingest;

import dev.rasd.text.ArabicNormalizer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes Arabic text bytes whose encoding is not declared (or declared wrongly, as HTML
 * {@code <meta charset>} often is). Steps:
 * <ol>
 *   <li>strict UTF-8 (malformed input reported, not replaced); a UTF-8 byte order mark is dropped.
 *       Arabic in a legacy single-byte encoding is almost never valid UTF-8, because its letters
 *       are high bytes that do not form UTF-8 sequences;</li>
 *   <li>otherwise windows-1256 and ISO-8859-6, keeping the one that yields more Arabic letters
 *       and fewer misfits. The two share few letter positions: ISO-8859-6 puts ف…ي at 0xE1–0xEA,
 *       where windows-1256 has accented Latin letters (â ç è é ê) between its Arabic ones, and
 *       ISO-8859-6 leaves many bytes unmapped (decoded as U+FFFD). Ties go to windows-1256, the
 *       more common of the two.</li>
 * </ol>
 */
public final class EncodingDetector {
  public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  public static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';
  private static final char LATIN1_FIRST_LETTER = '\u00C0';
  private static final char LATIN1_LAST_LETTER = '\u00FF';
  private static final char C1_FIRST = '\u0080';
  private static final char C1_LAST = '\u009F';

  private EncodingDetector() {
  }

  private record Decoding(Charset charset, String text) {
  }

  /** The charset {@code bytes} are most likely written in. */
  public static Charset detect(byte[] bytes) {
    return best(bytes).charset();
  }

  /** {@code bytes} decoded in their most likely charset, without a leading byte order mark. */
  public static String decode(byte[] bytes) {
    String text = best(bytes).text();
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  private static Decoding best(byte[] bytes) {
    try {
      String utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return new Decoding(StandardCharsets.UTF_8, utf8);
    } catch (CharacterCodingException notUtf8) {
      String windows = new String(bytes, WINDOWS_1256);
      String iso = new String(bytes, ISO_8859_6);
      return score(iso) > score(windows) ? new Decoding(ISO_8859_6, iso) : new Decoding(WINDOWS_1256, windows);
    }
  }

  /** Arabic letters minus characters that a wrong single-byte reading of Arabic produces. */
  private static int score(String text) {
    int score = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ArabicNormalizer.isArabicLetter(c)) {
        score++;
      } else if (c == REPLACEMENT_CHARACTER || (c >= LATIN1_FIRST_LETTER && c <= LATIN1_LAST_LETTER)
          || (c >= C1_FIRST && c <= C1_LAST)) {
        score -= 2;
      }
    }
    return score;
  }
}
