package dev.govreply.model;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A numbered point (一是、二是 run in, or a （一）/1. sub-heading) inside a {@link Measure} or a
 * {@link Commitment}.
 *
 * <p>Example from the founding reply: {@code 一是高点位开展部署调度。县委书记4次大会讲评……} is ordinal 1,
 * heading 高点位开展部署调度。, one paragraph 县委书记4次大会讲评…….
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Point {

  Point() {}

  /**
   * A new, empty builder: {@code Point.builder().ordinal(1).heading("高点位开展部署调度。")
   * .addParagraph("县委书记4次大会讲评……").build()}.
   *
   * @return a builder with nothing set; the ordinal must be set before {@code build()}
   */
  public static Builder builder() {
    return ImmutablePoint.builder();
  }

  /**
   * The number printed on the point.
   *
   * @return the number, 1 or more: 一是 → 1, （三） → 3
   */
  public abstract int ordinal();

  /**
   * How the point is marked.
   *
   * @return the style; {@link PointStyle#RUN_IN} (一是) unless stated
   */
  @Value.Default
  public PointStyle style() {
    return PointStyle.RUN_IN;
  }

  /**
   * The point's heading sentence, often printed in bold.
   *
   * @return the heading, e.g. 高点位开展部署调度。; empty when the point starts with its text
   */
  public abstract Optional<@Size(max = 500) String> heading();

  /**
   * The paragraphs of the point after its heading.
   *
   * @return the paragraphs, e.g. [县委书记4次大会讲评、5次专题调研优化营商环境工作……]; unmodifiable
   */
  public abstract List<String> paragraphs();

  // ---- copies with one part changed ----

  /**
   * A copy with another number.
   *
   * @param ordinal the number printed on the point, e.g. 2 for 二是
   * @return a point like this one with {@code ordinal}; this point when it already has it
   * @throws MalformedValueException when {@code ordinal} is less than 1
   */
  public abstract Point withOrdinal(int ordinal);

  /**
   * A copy marked another way.
   *
   * @param style the style, e.g. {@link PointStyle#PARENTHESIZED} for （一）
   * @return a point like this one with {@code style}; this point when it already has it
   */
  public abstract Point withStyle(PointStyle style);

  /**
   * A copy with another heading.
   *
   * @param heading the heading sentence, e.g. 高点位开展部署调度。
   * @return a point like this one with {@code heading}; this point when it already has it
   * @throws MalformedValueException when {@code heading} is blank
   */
  public abstract Point withHeading(String heading);

  /**
   * A copy with another heading, or without one.
   *
   * @param heading the heading sentence, or empty to remove it
   * @return a point like this one with {@code heading}; this point when it already has it
   * @throws MalformedValueException when {@code heading} is blank
   */
  public abstract Point withHeading(Optional<String> heading);

  /**
   * A copy with these paragraphs instead of this point's.
   *
   * @param paragraphs the paragraphs in document order
   * @return a point like this one with {@code paragraphs}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Point withParagraphs(String... paragraphs);

  /**
   * A copy with these paragraphs instead of this point's.
   *
   * @param paragraphs the paragraphs in document order
   * @return a point like this one with {@code paragraphs}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Point withParagraphs(Iterable<String> paragraphs);

  @Value.Check
  void check() {
    Checks.positive("point.ordinal", ordinal());
    heading().ifPresent(h -> Checks.notBlank("point.heading", h));
    Checks.noBlankElements("point.paragraphs", paragraphs());
  }

  /**
   * Builds {@link Point} values: get one from {@link Point#builder()}, set the ordinal and what
   * the point has, then call {@link #build()}.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code point} into this builder: its ordinal, style and (when present)
     * heading replace this builder's; its paragraphs are added after this builder's.
     *
     * @param point the point to copy
     * @return this builder
     */
    public abstract Builder from(Point point);

    /**
     * Sets the number printed on the point. Required.
     *
     * @param ordinal the number, 1 or more: 一是 → 1, （三） → 3
     * @return this builder
     */
    public abstract Builder ordinal(int ordinal);

    /**
     * Sets how the point is marked; {@link PointStyle#RUN_IN} (一是) unless set.
     *
     * @param style the style, e.g. {@link PointStyle#PARENTHESIZED} for （一）
     * @return this builder
     */
    public abstract Builder style(PointStyle style);

    /**
     * Sets the heading sentence.
     *
     * @param heading the heading, e.g. 高点位开展部署调度。; must not be blank; the validator's
     *     limit is 500 characters
     * @return this builder
     */
    public abstract Builder heading(String heading);

    /**
     * Sets or clears the heading sentence.
     *
     * @param heading the heading, or empty when the point starts with its text
     * @return this builder
     */
    public abstract Builder heading(Optional<String> heading);

    /**
     * Adds a paragraph after those already added.
     *
     * @param paragraph the paragraph, e.g. 县委书记4次大会讲评、5次专题调研优化营商环境工作……; must
     *     not be blank
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
     * Builds the point, checking each part that was set.
     *
     * @return the point
     * @throws IllegalStateException when the ordinal was not set
     * @throws MalformedValueException when the ordinal is less than 1, or the heading or a
     *     paragraph is blank; its {@link MalformedValueException#field() field} names it, e.g.
     *     {@code point.ordinal}
     */
    public abstract Point build();
  }
}
