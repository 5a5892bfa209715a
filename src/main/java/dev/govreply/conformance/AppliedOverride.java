package dev.govreply.conformance;

import java.util.Objects;

/**
 * A profile override as a report repeats it: the override, with its rationale, and how many
 * findings it re-graded or suppressed in this check.
 *
 * @param override the override
 * @param matched the number of findings it applied to, 0 or more
 */
public record AppliedOverride(RuleOverride override, int matched) {
  /**
   * Checks the parts.
   *
   * @param override the override
   * @param matched the number of findings it applied to, 0 or more
   * @throws NullPointerException when {@code override} is null
   * @throws IllegalArgumentException when {@code matched} is negative
   */
  public AppliedOverride {
    Objects.requireNonNull(override, "override");
    if (matched < 0) {
      throw new IllegalArgumentException("matched must be 0 or more");
    }
  }
}
