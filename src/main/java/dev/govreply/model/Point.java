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
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Point {

  Point() {}

  /** A builder: {@code Point.builder().ordinal(1).heading("…").addParagraph("…").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number printed on the point: 一是 → 1. */
  public abstract int ordinal();

  /** How the point is marked; {@link PointStyle#RUN_IN} (一是) unless stated. */
  @Value.Default
  public PointStyle style() {
    return PointStyle.RUN_IN;
  }

  /** The point's heading sentence, often printed in bold: 高点位开展部署调度。 */
  public abstract Optional<@Size(max = 500) String> heading();

  /** The paragraphs of the point after its heading. */
  public abstract List<String> paragraphs();

  @Value.Check
  void check() {
    Checks.positive("point.ordinal", ordinal());
    heading().ifPresent(h -> Checks.notBlank("point.heading", h));
    Checks.noBlankElements("point.paragraphs", paragraphs());
  }

  /** Builds {@link Point} values; not thread-safe. */
  public static final class Builder extends ImmutablePoint.Builder {
    Builder() {}
  }
}
