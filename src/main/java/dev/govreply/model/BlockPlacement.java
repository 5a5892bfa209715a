package dev.govreply.model;

/**
 * Where an {@link UnrecognizedBlock} stood in the input, as seen from the letter: above it, or
 * from its start on. Writers put the block back on that side of the letter, so that text printed
 * above the letter is never written after its last paragraph, where reading the written text
 * again would take it for more of the letter.
 */
public enum BlockPlacement {
  /**
   * Above the letter: before its salutation, or before its body when it has none. A web page's
   * header and metadata table, its title, a line of the letterhead the reader could not read.
   * The usual placement of {@link BlockKind#PAGE_METADATA}.
   */
  HEAD,
  /**
   * From the letter's salutation on: below the letter or between its parts. A web page's footer,
   * a damaged date, text the reader could not place. The usual placement of {@link
   * BlockKind#UNKNOWN_TEXT}.
   */
  FOOT;

  /**
   * Where a block of {@code kind} usually stands: {@link #HEAD} for page metadata, {@link #FOOT}
   * for unknown text.
   *
   * @param kind what the block holds
   * @return its usual placement
   */
  public static BlockPlacement usual(BlockKind kind) {
    return kind == BlockKind.PAGE_METADATA ? HEAD : FOOT;
  }
}
