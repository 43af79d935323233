package dev.rasd.entity;

import dev.rasd.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/** A typed entity over tokens {@code [start, end)} of a sentence, as read off a BIO label sequence. */
public record TokenSpan(int start, int end, EntityType type) {
  /**
   * The spans of a label sequence: a span starts at a B- label, or at an I- label that does not
   * continue a span of its own type (lenient, as CoNLL scoring reads stray I- tags), and ends
   * where its type stops continuing.
   */
  public static List<TokenSpan> of(BioLabel[] labels) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i <= labels.length; i++) {
      BioLabel l = i < labels.length ? labels[i] : BioLabel.O;
      boolean continues = l.isInside() && l.type() == type;
      if (!continues && type != null) {
        spans.add(new TokenSpan(start, i, type));
        type = null;
      }
      if (l.type() != null && !continues) {
        start = i;
        type = l.type();
      }
    }
    return spans;
  }

  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
