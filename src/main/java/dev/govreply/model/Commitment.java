package dev.govreply.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One numbered undertaking in the commitments section (下一步 / 下步 / 后段 / 2024年，…将): what the
 * body will do next.
 *
 * <p>Example from the founding reply: {@code 一是进一步创优优化营商环境工作机制。进一步明晰……} is ordinal 1,
 * heading 进一步创优优化营商环境工作机制。, one paragraph.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Commitment {

  Commitment() {}

  /**
   * A new, empty builder: {@code Commitment.builder().ordinal(1)
   * .heading("进一步创优优化营商环境工作机制。").build()}.
   *
   * @return a builder with nothing set; the ordinal must be set before {@code build()}
   */
  public static Builder builder() {
    return ImmutableCommitment.builder();
  }

  /**
   * The number printed on the item.
   *
   * @return the number, 1 or more: 一是 or 一、 → 1
   */
  public abstract int ordinal();

  /**
   * How the item is marked.
   *
   * @return the style; {@link PointStyle#RUN_IN} (一是) unless stated, {@link PointStyle#ENUMERATED}
   *     for 一、
   */
  @Value.Default
  public PointStyle style() {
    return PointStyle.RUN_IN;
  }

  /**
   * The item's heading sentence.
   *
   * @return the heading, e.g. 进一步创优优化营商环境工作机制。; empty when the item starts with its text
   */
  public abstract Optional<@Size(max = 500) String> heading();

  /**
   * The item's paragraphs after its heading.
   *
   * @return the paragraphs, e.g. [进一步明晰各部门、乡镇优化营商环境的职能职责……]; unmodifiable
   */
  public abstract List<String> paragraphs();

  /**
   * Points inside the item.
   *
   * @return the points in document order; unmodifiable, usually empty
   */
  public abstract List<@Valid Point> points();

  // ---- copies with one part changed ----

  /**
   * A copy with another number.
   *
   * @param ordinal the number printed on the item, e.g. 2 for 二是
   * @return a commitment like this one with {@code ordinal}; this one when it already has it
   * @throws MalformedValueException when {@code ordinal} is less than 1
   */
  public abstract Commitment withOrdinal(int ordinal);

  /**
   * A copy marked another way.
   *
   * @param style the style, e.g. {@link PointStyle#ENUMERATED} for 一、
   * @return a commitment like this one with {@code style}; this one when it already has it
   */
  public abstract Commitment withStyle(PointStyle style);

  /**
   * A copy with another heading.
   *
   * @param heading the heading sentence, e.g. 进一步推动惠企惠民政策落实落细。
   * @return a commitment like this one with {@code heading}; this one when it already has it
   * @throws MalformedValueException when {@code heading} is blank
   */
  public abstract Commitment withHeading(String heading);

  /**
   * A copy with another heading, or without one.
   *
   * @param heading the heading sentence, or empty to remove it
   * @return a commitment like this one with {@code heading}; this one when it already has it
   * @throws MalformedValueException when {@code heading} is blank
   */
  public abstract Commitment withHeading(Optional<String> heading);

  /**
   * A copy with these paragraphs instead of this commitment's.
   *
   * @param paragraphs the paragraphs in document order
   * @return a commitment like this one with {@code paragraphs}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Commitment withParagraphs(String... paragraphs);

  /**
   * A copy with these paragraphs instead of this commitment's.
   *
   * @param paragraphs the paragraphs in document order
   * @return a commitment like this one with {@code paragraphs}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Commitment withParagraphs(Iterable<String> paragraphs);

  /**
   * A copy with these points instead of this commitment's.
   *
   * @param points the points in document order
   * @return a commitment like this one with {@code points}
   */
  public abstract Commitment withPoints(Point... points);

  /**
   * A copy with these points instead of this commitment's.
   *
   * @param points the points in document order
   * @return a commitment like this one with {@code points}
   */
  public abstract Commitment withPoints(Iterable<? extends Point> points);

  @Value.Check
  void check() {
    Checks.positive("commitment.ordinal", ordinal());
    heading().ifPresent(h -> Checks.notBlank("commitment.heading", h));
    Checks.noBlankElements("commitment.paragraphs", paragraphs());
  }

  /**
   * Builds {@link Commitment} values: get one from {@link Commitment#builder()}, set the ordinal
   * and what the item has, then call {@link #build()}.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code commitment} into this builder: its ordinal, style and (when
     * present) heading replace this builder's; its paragraphs and points are added after this
     * builder's.
     *
     * @param commitment the commitment to copy
     * @return this builder
     */
    public abstract Builder from(Commitment commitment);

    /**
     * Sets the number printed on the item. Required.
     *
     * @param ordinal the number, 1 or more: 一是 or 一、 → 1
     * @return this builder
     */
    public abstract Builder ordinal(int ordinal);

    /**
     * Sets how the item is marked; {@link PointStyle#RUN_IN} (一是) unless set.
     *
     * @param style the style, e.g. {@link PointStyle#ENUMERATED} for 一、
     * @return this builder
     */
    public abstract Builder style(PointStyle style);

    /**
     * Sets the heading sentence.
     *
     * @param heading the heading, e.g. 进一步创优优化营商环境工作机制。; must not be blank; the
     *     validator's limit is 500 characters
     * @return this builder
     */
    public abstract Builder heading(String heading);

    /**
     * Sets or clears the heading sentence.
     *
     * @param heading the heading, or empty when the item starts with its text
     * @return this builder
     */
    public abstract Builder heading(Optional<String> heading);

    /**
     * Adds a paragraph after those already added.
     *
     * @param paragraph the paragraph, e.g. 进一步明晰各部门、乡镇优化营商环境的职能职责……; must not be
     *     blank
     * @return this builder
     */
    public abstract Builder addParagraph(String paragraph);

    /**
     * Adds paragraphs after those already added.
     *
     * @param paragraphs the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addParagraphs(String... paragraphs);

    /**
     * Replaces the paragraphs added so far.
     *
     * @param paragraphs the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder paragraphs(Iterable<String> paragraphs);

    /**
     * Adds paragraphs after those already added.
     *
     * @param paragraphs the paragraphs in document order; none may be blank
     * @return this builder
     */
    public abstract Builder addAllParagraphs(Iterable<String> paragraphs);

    /**
     * Adds a point after those already added.
     *
     * @param point the point
     * @return this builder
     */
    public abstract Builder addPoint(Point point);

    /**
     * Adds points after those already added.
     *
     * @param points the points in document order
     * @return this builder
     */
    public abstract Builder addPoints(Point... points);

    /**
     * Replaces the points added so far.
     *
     * @param points the points in document order
     * @return this builder
     */
    public abstract Builder points(Iterable<? extends Point> points);

    /**
     * Adds points after those already added.
     *
     * @param points the points in document order
     * @return this builder
     */
    public abstract Builder addAllPoints(Iterable<? extends Point> points);

    /**
     * Builds the commitment, checking each part that was set.
     *
     * @return the commitment
     * @throws IllegalStateException when the ordinal was not set
     * @throws MalformedValueException when the ordinal is less than 1, or the heading or a
     *     paragraph is blank; its {@link MalformedValueException#field() field} names it, e.g.
     *     {@code commitment.ordinal}
     */
    public abstract Commitment build();
  }
}
