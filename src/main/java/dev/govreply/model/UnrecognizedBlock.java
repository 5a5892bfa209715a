package dev.govreply.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A run of input lines that the text reader could not place in a field, kept verbatim with its
 * line numbers so that nothing of the input is lost.
 *
 * <p>Example: the lines {@code 索引号: 11610300…} and {@code 公开方式: 主动公开} of a captured web page
 * become a block of kind {@link BlockKind#PAGE_METADATA} starting at line 1.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class UnrecognizedBlock {

  UnrecognizedBlock() {}

  /** A builder: {@code UnrecognizedBlock.builder().kind(BlockKind.UNKNOWN_TEXT).firstLine(3)…}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shortcut for a block of the given kind, first line and lines. */
  public static UnrecognizedBlock of(BlockKind kind, int firstLine, List<String> lines) {
    return builder().kind(kind).firstLine(firstLine).lines(lines).build();
  }

  /** Unknown text or page metadata. */
  public abstract BlockKind kind();

  /** The 1-based number of the block's first line in the input. */
  public abstract int firstLine();

  /** The block's lines, verbatim, without line terminators; never empty. */
  public abstract List<String> lines();

  /** The 1-based number of the block's last line in the input. */
  public final int lastLine() {
    return firstLine() + lines().size() - 1;
  }

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

  /** Builds {@link UnrecognizedBlock} values; not thread-safe. */
  public static final class Builder extends ImmutableUnrecognizedBlock.Builder {
    Builder() {}
  }
}
