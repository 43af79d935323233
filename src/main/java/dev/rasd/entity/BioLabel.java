package dev.rasd.entity;

import dev.rasd.model.EntityType;

/**
 * The tagger's output alphabet: BIO over the three types the training data annotates. MEDIA is not
 * learnt (the corpus has no such class); it comes from the outlet lexicon.
 */
public enum BioLabel {
  O(null, false),
  B_PER(EntityType.PER, true),
  I_PER(EntityType.PER, false),
  B_ORG(EntityType.ORG, true),
  I_ORG(EntityType.ORG, false),
  B_LOC(EntityType.LOC, true),
  I_LOC(EntityType.LOC, false);

  private static final BioLabel[] ALL = values();

  private final EntityType type;
  private final boolean begin;

  BioLabel(EntityType type, boolean begin) {
    this.type = type;
    this.begin = begin;
  }

  /** The entity type, or null for O. */
  public EntityType type() {
    return type;
  }

  public boolean isBegin() {
    return begin;
  }

  public boolean isInside() {
    return type != null && !begin;
  }

  /** True when this label may follow {@code previous}: an I- continues a span of its own type. */
  public boolean canFollow(BioLabel previous) {
    return !isInside() || previous.type == type;
  }

  static BioLabel of(int ordinal) {
    return ALL[ordinal];
  }

  static int count() {
    return ALL.length;
  }

  /** The label for an IOB2 tag with a type already mapped to ours ("B-PER"), O for anything else. */
  public static BioLabel parse(String prefix, EntityType type) {
    if (type == null) {
      return O;
    }
    boolean b = prefix.equals("B");
    return switch (type) {
      case PER -> b ? B_PER : I_PER;
      case ORG -> b ? B_ORG : I_ORG;
      case LOC -> b ? B_LOC : I_LOC;
      case MEDIA -> O;
    };
  }
}
