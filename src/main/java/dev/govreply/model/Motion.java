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
 * missing. Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return
 * a changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Motion {

  Motion() {}

  /**
   * A new, empty builder: {@code Motion.builder().kind(MotionKind.SUGGESTION).number("241")
   * .build()}.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return ImmutableMotion.builder();
  }

  /**
   * What kind of item is answered (建议 / 提案 / 议案).
   *
   * @return the kind, e.g. {@link MotionKind#SUGGESTION} for 第241号建议; empty when not stated
   */
  public abstract Optional<MotionKind> kind();

  /**
   * The meeting (会议) the item was raised at.
   *
   * @return the session, e.g. 岳阳市九届人大四次会议; empty when not stated
   */
  public abstract Optional<Session> session();

  /**
   * The item's number (第241号) as printed, without 第 and 号. Leading zeros and prefixes are kept,
   * because they are part of how the office files the item. It is digits, optionally after a prefix
   * of at most 8 letters (capital letters perhaps joined by a hyphen: {@code D-013}) and in groups
   * joined by a hyphen ({@code 2021-24}); anything else ({@code true}, {@code 12/3}) is malformed.
   *
   * @return the number, e.g. {@code 241}, {@code 009}, {@code 温36}, {@code 652042}; empty when
   *     not stated
   */
  public abstract Optional<@Size(max = 32) String> number();

  /**
   * The item's own title (《关于…的建议》), without the 《》 or quotes.
   *
   * @return the title, e.g. 关于优化营商环境，政府部门先行的建议; empty when not cited
   */
  public abstract Optional<@Size(max = 500) String> title();

  // ---- copies with one part changed ----

  /**
   * A copy of another kind.
   *
   * @param kind the kind, e.g. {@link MotionKind#PROPOSAL} for 提案
   * @return a motion like this one with {@code kind}; this motion when it already has it
   */
  public abstract Motion withKind(MotionKind kind);

  /**
   * A copy of another kind, or of none stated.
   *
   * @param kind the kind, or empty to remove it
   * @return a motion like this one with {@code kind}; this motion when it already has it
   */
  public abstract Motion withKind(Optional<? extends MotionKind> kind);

  /**
   * A copy raised at another session.
   *
   * @param session the session, e.g. {@code Session.of("岳阳市九届人大四次会议")}
   * @return a motion like this one with {@code session}; this motion when it already has it
   */
  public abstract Motion withSession(Session session);

  /**
   * A copy raised at another session, or at none stated.
   *
   * @param session the session, or empty to remove it
   * @return a motion like this one with {@code session}; this motion when it already has it
   */
  public abstract Motion withSession(Optional<? extends Session> session);

  /**
   * A copy with another number: {@code motion.withNumber("241")}.
   *
   * @param number the number as printed, without 第 and 号, e.g. {@code 241} or {@code 温36}
   * @return a motion like this one with {@code number}; this motion when it already has it
   * @throws MalformedValueException when {@code number} is not digits after an optional prefix of
   *     at most 8 letters (digit groups may be joined by a hyphen, or by up to three Latin
   *     letters naming a series: 8E020)
   */
  public abstract Motion withNumber(String number);

  /**
   * A copy with another number, or without one.
   *
   * @param number the number, or empty to remove it
   * @return a motion like this one with {@code number}; this motion when it already has it
   * @throws MalformedValueException when {@code number} is not digits after an optional prefix of
   *     at most 8 letters (digit groups may be joined by a hyphen, or by up to three Latin
   *     letters naming a series: 8E020)
   */
  public abstract Motion withNumber(Optional<String> number);

  /**
   * A copy with another title.
   *
   * @param title the item's title without 《》, e.g. 关于优化营商环境，政府部门先行的建议
   * @return a motion like this one with {@code title}; this motion when it already has it
   * @throws MalformedValueException when {@code title} is blank
   */
  public abstract Motion withTitle(String title);

  /**
   * A copy with another title, or without one.
   *
   * @param title the item's title, or empty to remove it
   * @return a motion like this one with {@code title}; this motion when it already has it
   * @throws MalformedValueException when {@code title} is blank
   */
  public abstract Motion withTitle(Optional<String> title);

  @Value.Check
  void check() {
    number().ifPresent(n -> Checks.motionNumber("motion.number", n));
    title().ifPresent(t -> Checks.notBlank("motion.title", t));
  }

  /**
   * Builds {@link Motion} values: get one from {@link Motion#builder()}, set what the reply says of
   * the item, then call {@link #build()}. Every part may be left out.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the present parts of {@code motion} into this builder, replacing this builder's.
     *
     * @param motion the motion to copy
     * @return this builder
     */
    public abstract Builder from(Motion motion);

    /**
     * Sets the kind of item.
     *
     * @param kind {@link MotionKind#SUGGESTION} for 建议 (as in 第241号建议),
     *     {@link MotionKind#PROPOSAL} for 提案, {@link MotionKind#MOTION} for 议案
     * @return this builder
     */
    public abstract Builder kind(MotionKind kind);

    /**
     * Sets or clears the kind of item.
     *
     * @param kind the kind, or empty when not stated
     * @return this builder
     */
    public abstract Builder kind(Optional<? extends MotionKind> kind);

    /**
     * Sets the session the item was raised at.
     *
     * @param session the session, e.g. {@code Session.of("岳阳市九届人大四次会议")}
     * @return this builder
     */
    public abstract Builder session(Session session);

    /**
     * Sets or clears the session.
     *
     * @param session the session, or empty when not stated
     * @return this builder
     */
    public abstract Builder session(Optional<? extends Session> session);

    /**
     * Sets the item's number as printed, without 第 and 号.
     *
     * @param number the number, e.g. {@code 241}; zero padding ({@code 009}) and a prefix of at
     *     most 8 letters ({@code 温36}) are kept
     * @return this builder
     */
    public abstract Builder number(String number);

    /**
     * Sets or clears the item's number.
     *
     * @param number the number, or empty when not stated
     * @return this builder
     */
    public abstract Builder number(Optional<String> number);

    /**
     * Sets the item's own title, without 《》 or quotes.
     *
     * @param title the title, e.g. 关于优化营商环境，政府部门先行的建议; must not be blank; the
     *     validator's limit is 500 characters
     * @return this builder
     */
    public abstract Builder title(String title);

    /**
     * Sets or clears the item's title.
     *
     * @param title the title, or empty when not cited
     * @return this builder
     */
    public abstract Builder title(Optional<String> title);

    /**
     * Builds the motion, checking each part that was set.
     *
     * @return the motion
     * @throws MalformedValueException when the number is not digits after an optional prefix of at
     *     most 8 letters ({@code motion.number}: "an item number is digits after an optional prefix
     *     (241, 009, 温36), not '/'") or the title is blank
     */
    public abstract Motion build();
  }
}
