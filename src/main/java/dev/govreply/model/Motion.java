package dev.govreply.model;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The item a reply answers: a deputy's suggestion (建议), a CPPCC member's proposal (提案) or a
 * motion (议案) — "motion" is the umbrella name in code.
 *
 * <p>Example, from 对岳阳市九届人大四次会议第241号建议的答复: kind {@link MotionKind#SUGGESTION}, session
 * 岳阳市九届人大四次会议, number {@code 241}, title 关于优化营商环境，政府部门先行的建议.
 *
 * <p>Every part is optional because real replies omit parts; conformance checking reports what is
 * missing. Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Motion {

  Motion() {}

  /** A builder: {@code Motion.builder().kind(MotionKind.SUGGESTION).number("241").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** What kind of item is answered (建议 / 提案 / 议案). */
  public abstract Optional<MotionKind> kind();

  /** The meeting (会议) the item was raised at, e.g. 岳阳市九届人大四次会议. */
  public abstract Optional<Session> session();

  /**
   * The item's number (第241号) as printed, without 第 and 号: {@code 241}, {@code 009},
   * {@code 温36}, {@code 652042}. Leading zeros and prefixes are kept, because they are part of how
   * the office files the item. It is digits, optionally after a prefix of at most 8 letters and
   * in groups joined by a hyphen ({@code 2021-24}); anything else ({@code true}, {@code 12/3}) is
   * malformed.
   */
  public abstract Optional<@Size(max = 32) String> number();

  /** The item's own title (《关于…的建议》), without the 《》 or quotes. */
  public abstract Optional<@Size(max = 500) String> title();

  @Value.Check
  void check() {
    number().ifPresent(n -> Checks.motionNumber("motion.number", n));
    title().ifPresent(t -> Checks.notBlank("motion.title", t));
  }

  /** Builds {@link Motion} values; not thread-safe. */
  public static final class Builder extends ImmutableMotion.Builder {
    Builder() {}
  }
}
