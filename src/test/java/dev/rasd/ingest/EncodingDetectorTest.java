package dev.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingDetectorTest {
  /** Fixture: Arabic prose with hamzas, teh marbuta, alef maqsura, tanween and an Arabic comma, all encodable in ISO-8859-6. */
  static final String ARABIC = "افتتح محافظ أسوان جسرًا جديدًا على النيل، وقال إن المشروع مؤجل منذ سنوات طويلة.";

  static Stream<Charset> arabicCharsets() {
    return Stream.of(StandardCharsets.UTF_8, EncodingDetector.WINDOWS_1256, EncodingDetector.ISO_8859_6);
  }

  @ParameterizedTest
  @MethodSource("arabicCharsets")
  void detectsTheCharsetArabicWasWrittenIn(Charset charset) {
    byte[] bytes = ARABIC.getBytes(charset);

    assertThat(EncodingDetector.detect(bytes)).isEqualTo(charset);
    assertThat(EncodingDetector.decode(bytes)).isEqualTo(ARABIC);
  }

  @Test
  void dropsTheUtf8ByteOrderMark() {
    // Fixture: UTF-8 with a byte order mark, as Windows editors save it.
    byte[] bytes = ("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_8);

    assertThat(EncodingDetector.decode(bytes)).isEqualTo(ARABIC);
  }

  @Test
  void readsShortLegacyLinesToo() {
    // Fixture: a two-word line, little evidence for the single-byte choice.
    String shortLine = "وزارة الصحة";

    assertThat(EncodingDetector.decode(shortLine.getBytes(EncodingDetector.ISO_8859_6))).isEqualTo(shortLine);
    assertThat(EncodingDetector.decode(shortLine.getBytes(EncodingDetector.WINDOWS_1256))).isEqualTo(shortLine);
  }
}
