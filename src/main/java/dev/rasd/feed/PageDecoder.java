package dev.rasd.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text, trusting the bytes over what the page or server declares.
 * <ol>
 *   <li>A byte-order mark decides (UTF-8, UTF-16).</li>
 *   <li>Bytes that decode as strict UTF-8 are UTF-8: single-byte Arabic text is practically
 *       never valid UTF-8, while a UTF-8 page is often declared as something else.</li>
 *   <li>Otherwise the two single-byte Arabic charsets are both tried and the one yielding more
 *       well-formed Arabic words wins. ISO-8859-6 keeps its letters in 0xC1–0xF2 and leaves many
 *       bytes unassigned; windows-1256 spreads letters over 0xC1–0xFF with French letters
 *       (à, é, ô…) in between. The wrong guess therefore produces replacement characters or
 *       words mixing Arabic and Latin letters, which count against it.</li>
 *   <li>When neither yields Arabic, the declared charset (HTTP header, then {@code <meta>}) is
 *       used if the JVM knows it, else windows-1252.</li>
 * </ol>
 */
public final class PageDecoder {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char REPLACEMENT = '\uFFFD';
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;

  private PageDecoder() {
  }

  /** Decodes {@code bytes}; {@code contentType} is the HTTP header value or null. */
  public static String decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, UTF8_BOM)) {
      return new String(bytes, UTF8_BOM.length, bytes.length - UTF8_BOM.length, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, UTF16BE_BOM) || startsWith(bytes, UTF16LE_BOM)) {
      return new String(bytes, StandardCharsets.UTF_16);
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    String cp1256 = new String(bytes, WINDOWS_1256);
    String iso = new String(bytes, ISO_8859_6);
    int cp1256Score = arabicScore(cp1256);
    int isoScore = arabicScore(iso);
    if (Math.max(cp1256Score, isoScore) > 0) {
      return isoScore > cp1256Score ? iso : cp1256;
    }
    return new String(bytes, declared(bytes, contentType).orElse(WINDOWS_1252));
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Well-formed Arabic words minus twice the broken ones (an Arabic letter next to a Latin letter
   * or a replacement character inside a word).
   */
  static int arabicScore(String text) {
    int score = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      boolean arabic = false;
      boolean foreign = false;
      while (i < n && isWordChar(text.charAt(i))) {
        char c = text.charAt(i++);
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
          arabic = true;
        } else {
          foreign = true;
        }
      }
      if (arabic && foreign) {
        score -= 2;
      } else if (arabic) {
        score++;
      }
    }
    return score;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == REPLACEMENT;
  }

  private static Optional<Charset> declared(byte[] bytes, String contentType) {
    Optional<Charset> header = charsetIn(contentType);
    if (header.isPresent()) {
      return header;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    return charsetIn(head);
  }

  private static Optional<Charset> charsetIn(String s) {
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
