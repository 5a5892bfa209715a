package dev.govreply.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A run of input lines that the text reader could not place in a field, kept verbatim with its
 * line numbers so that nothing of the input is lost.
 *
 * <p>Example: the lines {@code 索引号: 11610300…} and {@code 公开方式: 主动公开} of a captured web page
 * become a block of kind {@link BlockKind#PAGE_METADATA} starting at line 1, placed at the
 * {@linkplain BlockPlacement#HEAD head} (above the letter). (The founding example has none: the
 * reader places all of it.)
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class UnrecognizedBlock {

  UnrecognizedBlock() {}

  /**
   * A new, empty builder: {@code UnrecognizedBlock.builder().kind(BlockKind.UNKNOWN_TEXT)
   * .firstLine(3).addLine("……").build()}.
   *
   * @return a builder with nothing set; kind, first line and a line must be set before
   *     {@code build()}
   */
  public static Builder builder() {
    return ImmutableUnrecognizedBlock.builder();
  }

  /**
   * A block of the given kind, first line and lines.
   *
   * @param kind unknown text or page metadata
   * @param firstLine the 1-based number of the block's first line in the input
   * @param lines the lines verbatim, without line terminators; at least one
   * @return the block
   * @throws MalformedValueException when {@code firstLine} is less than 1, {@code lines} is empty
   *     or a line holds a line break
   */
  public static UnrecognizedBlock of(BlockKind kind, int firstLine, List<String> lines) {
    return builder().kind(kind).firstLine(firstLine).lines(lines).build();
  }

  /**
   * What the block holds.
   *
   * @return {@link BlockKind#UNKNOWN_TEXT} or {@link BlockKind#PAGE_METADATA}
   */
  public abstract BlockKind kind();

  /**
   * Where the block starts in the input.
   *
   * @return the 1-based number of the block's first line
   */
  public abstract int firstLine();

  /**
   * Where the block stood, as seen from the letter; writers put it back there.
   *
   * @return {@link BlockPlacement#HEAD} above the letter's salutation (or its body), {@link
   *     BlockPlacement#FOOT} from there on; when not set, the kind's usual placement ({@link
   *     BlockPlacement#usual}), fixed when the block is built
   */
  @Value.Default
  public BlockPlacement placement() {
    return BlockPlacement.usual(kind());
  }

  /**
   * The block's lines, verbatim, without line terminators.
   *
   * @return the lines, e.g. [索引号: 010805312/2019-00088 | 发布机构: 宝鸡市环境保护局 |]; never
   *     empty; unmodifiable
   */
  public abstract List<String> lines();

  /**
   * Where the block ends in the input.
   *
   * @return the 1-based number of the block's last line
   */
  public final int lastLine() {
    return firstLine() + lines().size() - 1;
  }

  // ---- copies with one part changed ----

  /**
   * A copy of another kind.
   *
   * @param kind unknown text or page metadata
   * @return a block like this one with {@code kind} and the same placement; this block when it
   *     already has it
   */
  public abstract UnrecognizedBlock withKind(BlockKind kind);

  /**
   * A copy starting at another line.
   *
   * @param firstLine the 1-based number of the first line
   * @return a block like this one with {@code firstLine}; this block when it already has it
   * @throws MalformedValueException when {@code firstLine} is less than 1
   */
  public abstract UnrecognizedBlock withFirstLine(int firstLine);

  /**
   * A copy that stood elsewhere.
   *
   * @param placement above the letter or from its start on
   * @return a block like this one with {@code placement}; this block when it already has it
   */
  public abstract UnrecognizedBlock withPlacement(BlockPlacement placement);

  /**
   * A copy with these lines instead of this block's.
   *
   * @param lines the lines verbatim; at least one
   * @return a block like this one with {@code lines}
   * @throws MalformedValueException when there is no line, or a line holds a line break
   */
  public abstract UnrecognizedBlock withLines(String... lines);

  /**
   * A copy with these lines instead of this block's.
   *
   * @param lines the lines verbatim; at least one
   * @return a block like this one with {@code lines}
   * @throws MalformedValueException when there is no line, or a line holds a line break
   */
  public abstract UnrecognizedBlock withLines(Iterable<String> lines);

  @Value.Check
  void check() {
    Checks.positive("unrecognized.firstLine", firstLine());
    if (lines().isEmpty()) {
      throw new MalformedValueException("unrecognized.lines", "[]", -1, "must not be empty");
    }
    for (int i = 0; i < lines().size(); i++) {
      Checks.singleLine("unrecognized.lines[" + i + "]", lines().get(i));
    }
  }

  /**
   * Builds {@link UnrecognizedBlock} values: get one from {@link UnrecognizedBlock#builder()}, set
   * the kind, the first line and the lines (all required), then call {@link #build()}. For the
   * common case {@link UnrecognizedBlock#of(BlockKind, int, List)} is shorter.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code block} into this builder: its kind, placement and first line
     * replace this builder's, its lines are added after this builder's.
     *
     * @param block the block to copy
     * @return this builder
     */
    public abstract Builder from(UnrecognizedBlock block);

    /**
     * Sets what the block holds. Required.
     *
     * @param kind {@link BlockKind#PAGE_METADATA} for 索引号 / 发布机构 / 公开方式 lines of a captured
     *     page, {@link BlockKind#UNKNOWN_TEXT} for other text
     * @return this builder
     */
    public abstract Builder kind(BlockKind kind);

    /**
     * Sets where the block starts in the input. Required.
     *
     * @param firstLine the 1-based number of the first line, e.g. 1
     * @return this builder
     */
    public abstract Builder firstLine(int firstLine);

    /**
     * Sets where the block stood, as seen from the letter. Optional: the kind's usual placement
     * ({@link BlockPlacement#usual}) when not set.
     *
     * @param placement {@link BlockPlacement#HEAD} above the letter's salutation (or its body),
     *     {@link BlockPlacement#FOOT} from there on
     * @return this builder
     */
    public abstract Builder placement(BlockPlacement placement);

    /**
     * Adds a line after those already added.
     *
     * @param line the line verbatim, without its terminator; may be blank
     * @return this builder
     */
    public abstract Builder addLine(String line);

    /**
     * Adds lines after those already added.
     *
     * @param lines the lines verbatim
     * @return this builder
     */
    public abstract Builder addLines(String... lines);

    /**
     * Replaces the lines added so far.
     *
     * @param lines the lines verbatim
     * @return this builder
     */
    public abstract Builder lines(Iterable<String> lines);

    /**
     * Adds lines after those already added.
     *
     * @param lines the lines verbatim
     * @return this builder
     */
    public abstract Builder addAllLines(Iterable<String> lines);

    /**
     * Builds the block, checking it.
     *
     * @return the block
     * @throws IllegalStateException when the kind or the first line was not set
     * @throws MalformedValueException when the first line is less than 1, there is no line
     *     ({@code unrecognized.lines}), or a line holds a line break (e.g.
     *     {@code unrecognized.lines[0]})
     */
    public abstract UnrecognizedBlock build();
  }
}
