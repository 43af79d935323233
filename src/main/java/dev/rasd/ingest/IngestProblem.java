package dev.rasd.ingest;

/** One input that could not be ingested: {@code where} is "file:line" (or "file"), {@code problem} says why. */
public record IngestProblem(String where, String problem) {
  @Override
  public String toString() {
    return where + ": " + problem;
  }
}
