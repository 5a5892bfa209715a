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
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Commitment {

  Commitment() {}

  /** A builder: {@code Commitment.builder().ordinal(1).heading("…").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number printed on the item: 一是 or 一、 → 1. */
  public abstract int ordinal();

  /** How the item is marked; {@link PointStyle#RUN_IN} (一是) unless stated. */
  @Value.Default
  public PointStyle style() {
    return PointStyle.RUN_IN;
  }

  /** The item's heading sentence. */
  public abstract Optional<@Size(max = 500) String> heading();

  /** The item's paragraphs after its heading. */
  public abstract List<String> paragraphs();

  /** Points inside the item. */
  public abstract List<@Valid Point> points();

  @Value.Check
  void check() {
    Checks.positive("commitment.ordinal", ordinal());
    heading().ifPresent(h -> Checks.notBlank("commitment.heading", h));
    Checks.noBlankElements("commitment.paragraphs", paragraphs());
  }

  /** Builds {@link Commitment} values; not thread-safe. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
