package dev.rasd.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses a {@code published} value: ISO-8601 with an offset ("2025-03-02T10:15:00+03:00", "…Z"),
 * without one (read as UTC), or a date alone (midnight UTC). A space may stand for the "T", as
 * many feeds write it.
 */
final class PublicationTime {
  private PublicationTime() {
  }

  /** The time {@code value} states; throws {@link DateTimeParseException} when it states none. */
  static OffsetDateTime parse(String value) {
    String iso = value.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T");
    try {
      return OffsetDateTime.parse(iso);
    } catch (DateTimeParseException withoutOffset) {
      if (iso.indexOf('T') >= 0) {
        return LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
      }
      return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
  }
}
