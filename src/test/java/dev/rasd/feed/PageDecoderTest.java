package dev.rasd.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final String ARABIC = "<html><body><p>قالت وزارة الزراعة إن موسم القمح جاء أفضل من المتوقع هذا العام</p></body></html>";

  @Test
  void windows1256WithoutDeclaration() {
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    assertThat(PageDecoder.decode(bytes, "text/html")).isEqualTo(ARABIC);
  }

  @Test
  void iso88596WhoseDeclarationsLie() {
    String lying = ARABIC.replace("<html>", "<html><meta charset=\"utf-8\">");
    byte[] bytes = lying.getBytes(Charset.forName("ISO-8859-6"));
    assertThat(PageDecoder.decode(bytes, "text/html; charset=windows-1256")).isEqualTo(lying);
  }

  @Test
  void utf8WithBomOrDeclaredAsSomethingElse() {
    byte[] utf8 = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThat(PageDecoder.decode(bom, null)).isEqualTo(ARABIC);
    assertThat(PageDecoder.decode(utf8, "text/html; charset=windows-1256")).isEqualTo(ARABIC);
  }

  @Test
  void nonArabicSingleByteFollowsTheDeclaration() {
    String french = "<p>Le ministère a annoncé une récolte exceptionnelle</p>";
    assertThat(PageDecoder.decode(french.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=iso-8859-1")).isEqualTo(french);
  }
}
