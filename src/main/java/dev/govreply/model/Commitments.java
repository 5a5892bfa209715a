package dev.govreply.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The commitments section (下一步工作 / 下步打算 / 后段 / 2024年，…将): an introduction and the numbered
 * undertakings.
 *
 * <p>Example from the founding reply: the introduction {@code 2024 年，平江将持续深化贯彻落实……} followed
 * by four items 一是……四是…….
 *
 * <p>Immutable and thread-safe; compare with {@code equals}.
 */
@Value.Immutable
public abstract class Commitments {

  Commitments() {}

  /** A builder: {@code Commitments.builder().addIntro("下一步，我局将……").build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Paragraphs that introduce the section (or make up all of it when it has no items). A section
   * has an introduction, items, or both: an empty section is malformed (leave it out instead).
   */
  public abstract List<String> intro();

  /** The numbered undertakings, in document order. */
  public abstract List<@Valid Commitment> items();

  @Value.Check
  void check() {
    Checks.noBlankElements("commitments.intro", intro());
    if (intro().isEmpty() && items().isEmpty()) {
      throw new MalformedValueException("commitments", "", -1,
          "must have an introduction or items; leave the section out instead");
    }
  }

  /** Builds {@link Commitments} values; not thread-safe. */
  public static final class Builder extends ImmutableCommitments.Builder {
    Builder() {}
  }
}
