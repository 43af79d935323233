package dev.rasd.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters, answering 400 with the parameter's name and what was expected. */
final class QueryParams {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  private QueryParams() {
  }

  static int offset(Context ctx) {
    return integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  static int limit(Context ctx) {
    return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String raw = text(ctx, name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw ApiError.badRequest("'" + name + "' must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("'" + name + "' must be a whole number, was '" + raw + "'");
    }
  }

  /** An ISO calendar day (2025-05-10); a date-time is cut to its day. */
  static LocalDate date(Context ctx, String name) {
    String raw = text(ctx, name);
    if (raw == null) {
      return null;
    }
    try {
      return LocalDate.parse(raw.length() > 10 && raw.charAt(10) == 'T' ? raw.substring(0, 10) : raw);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("'" + name + "' must be an ISO date such as 2025-05-10, was '" + raw + "'");
    }
  }

  /** The parameter stripped, or null when absent or blank. */
  static String text(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
