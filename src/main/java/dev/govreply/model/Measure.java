package dev.govreply.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measure (措施): a first-level heading 一、二、三、 of the body, saying what was done, with its text
 * and run-in points.
 *
 * <p>Example from the founding reply: {@code 一、打造“五张清单”，重构工作联动新机制。一是……二是……} is ordinal
 * 1, heading 打造“五张清单”，重构工作联动新机制。, points 一是, 二是, 三是.
 *
 * <p>Immutable and thread-safe; compare with {@code equals}. The {@code with} methods return a
 * changed copy and check it as {@link Builder#build()} does.
 */
@Value.Immutable
public abstract class Measure {

  Measure() {}

  /**
   * A new, empty builder: {@code Measure.builder().ordinal(1).heading("打造“五张清单”，重构工作联动新机制。")
   * .addPoint(point).build()}.
   *
   * @return a builder with nothing set; the ordinal must be set before {@code build()}
   */
  public static Builder builder() {
    return ImmutableMeasure.builder();
  }

  /**
   * The number printed on the heading.
   *
   * @return the number, 1 or more: 一、 → 1
   */
  public abstract int ordinal();

  /**
   * The heading sentence after 一、.
   *
   * @return the heading, e.g. 打造“五张清单”，重构工作联动新机制。; empty when the measure has none
   */
  public abstract Optional<@Size(max = 500) String> heading();

  /**
   * Paragraphs after the heading and before the first point.
   *
   * @return the paragraphs; unmodifiable, empty when the points follow the heading directly (as in
   *     the founding example)
   */
  public abstract List<String> paragraphs();

  /**
   * The points (一是、二是 or （一）/1. sub-headings) of the measure, in document order.
   *
   * @return the points, e.g. 一是高点位开展部署调度。 first; unmodifiable
   */
  public abstract List<@Valid Point> points();

  // ---- copies with one part changed ----

  /**
   * A copy with another number.
   *
   * @param ordinal the number printed on the heading, e.g. 2 for 二、
   * @return a measure like this one with {@code ordinal}; this measure when it already has it
   * @throws MalformedValueException when {@code ordinal} is less than 1
   */
  public abstract Measure withOrdinal(int ordinal);

  /**
   * A copy with another heading.
   *
   * @param heading the heading sentence, e.g. 夯实“一网通办”，重塑优质政务新平台。
   * @return a measure like this one with {@code heading}; this measure when it already has it
   * @throws MalformedValueException when {@code heading} is blank
   */
  public abstract Measure withHeading(String heading);

  /**
   * A copy with another heading, or without one.
   *
   * @param heading the heading sentence, or empty to remove it
   * @return a measure like this one with {@code heading}; this measure when it already has it
   * @throws MalformedValueException when {@code heading} is blank
   */
  public abstract Measure withHeading(Optional<String> heading);

  /**
   * A copy with these paragraphs instead of this measure's.
   *
   * @param paragraphs the paragraphs in document order
   * @return a measure like this one with {@code paragraphs}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Measure withParagraphs(String... paragraphs);

  /**
   * A copy with these paragraphs instead of this measure's.
   *
   * @param paragraphs the paragraphs in document order
   * @return a measure like this one with {@code paragraphs}
   * @throws MalformedValueException when a paragraph is blank
   */
  public abstract Measure withParagraphs(Iterable<String> paragraphs);

  /**
   * A copy with these points instead of this measure's.
   *
   * @param points the points in document order
   * @return a measure like this one with {@code points}
   */
  public abstract Measure withPoints(Point... points);

  /**
   * A copy with these points instead of this measure's.
   *
   * @param points the points in document order
   * @return a measure like this one with {@code points}
   */
  public abstract Measure withPoints(Iterable<? extends Point> points);

  @Value.Check
  void check() {
    Checks.positive("measure.ordinal", ordinal());
    heading().ifPresent(h -> Checks.notBlank("measure.heading", h));
    Checks.noBlankElements("measure.paragraphs", paragraphs());
  }

  /**
   * Builds {@link Measure} values: get one from {@link Measure#builder()}, set the ordinal and what
   * the measure has, then call {@link #build()}.
   *
   * <p>No method accepts {@code null}: it throws a {@link NullPointerException} naming the part.
   * Not thread-safe. The library implements this class; applications cannot extend it.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the parts of {@code measure} into this builder: its ordinal and (when present)
     * heading replace this builder's; its paragraphs and points are added after this builder's.
     *
     * @param measure the measure to copy
     * @return this builder
     */
    public abstract Builder from(Measure measure);

    /**
     * Sets the number printed on the heading. Required.
     *
     * @param ordinal the number, 1 or more: 一、 → 1
     * @return this builder
     */
    public abstract Builder ordinal(int ordinal);

    /**
     * Sets the heading sentence.
     *
     * @param heading the heading, e.g. 打造“五张清单”，重构工作联动新机制。; must not be blank; the
     *     validator's limit is 500 characters
     * @return this builder
     */
    public abstract Builder heading(String heading);

    /**
     * Sets or clears the heading sentence.
     *
     * @param heading the heading, or empty when the measure has none
     * @return this builder
     */
    public abstract Builder heading(Optional<String> heading);

    /**
     * Adds a paragraph (before the first point) after those already added.
     *
     * @param paragraph the paragraph; must not be blank
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
     * @param point the point, e.g. {@code Point.builder().ordinal(1).heading("高点位开展部署调度。")
     *     .build()}
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
     * Builds the measure, checking each part that was set.
     *
     * @return the measure
     * @throws IllegalStateException when the ordinal was not set
     * @throws MalformedValueException when the ordinal is less than 1, or the heading or a
     *     paragraph is blank; its {@link MalformedValueException#field() field} names it, e.g.
     *     {@code measure.heading}
     */
    public abstract Measure build();
  }
}
