package dev.rasd.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines before decoding, so each JSONL line can be decoded on its own
 * (its encoding detected from its own bytes) and a large file is never held whole. LF ends a line;
 * a CR before it is dropped. The byte 0x0A is LF in UTF-8, windows-1256 and ISO-8859-6 alike.
 */
final class ByteLineReader {
  private static final int LF = '\n';
  private static final int CR = '\r';

  private final InputStream in;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  ByteLineReader(InputStream in) {
    this.in = in;
  }

  /** The next line's bytes without its terminator, or null at the end of the stream. */
  byte[] next() throws IOException {
    line.reset();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    while (b >= 0 && b != LF) {
      line.write(b);
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length;
    if (length > 0 && bytes[length - 1] == CR) {
      length--;
    }
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }
}
