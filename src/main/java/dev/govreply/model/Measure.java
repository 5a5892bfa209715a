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
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Measure {

  Measure() {}

  /** A builder: {@code Measure.builder().ordinal(1).heading("…").addPoint(point).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number printed on the heading: 一、 → 1. */
  public abstract int ordinal();

  /** The heading sentence after 一、. */
  public abstract Optional<@Size(max = 500) String> heading();

  /** Paragraphs after the heading and before the first point. */
  public abstract List<String> paragraphs();

  /** The points (一是、二是 or （一）/1. sub-headings) of the measure, in document order. */
  public abstract List<@Valid Point> points();

  @Value.Check
  void check() {
    Checks.positive("measure.ordinal", ordinal());
    heading().ifPresent(h -> Checks.notBlank("measure.heading", h));
    Checks.noBlankElements("measure.paragraphs", paragraphs());
  }

  /** Builds {@link Measure} values; not thread-safe. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
