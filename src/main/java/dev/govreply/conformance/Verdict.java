package dev.govreply.conformance;

import dev.govreply.findings.Finding;
import dev.govreply.findings.Severity;



/**
 * The outcome of a conformance check, computed from the findings after the profile's overrides
 * (kept apart from the findings, as in the EN 16931 validators).
 */
public enum Verdict {
  /** No finding of severity ERROR or WARNING. */
  ACCEPT,
  /** At least one WARNING, no ERROR. */
  ACCEPT_WITH_WARNINGS,
  /** At least one ERROR. */
  REJECT;

  /**
   * The verdict for findings of the given severities.
   *
   * @param findings the (effective) findings
   * @return REJECT if any is an ERROR, ACCEPT_WITH_WARNINGS if any is a WARNING, else ACCEPT
   */
  public static Verdict of(Iterable<Finding> findings) {
    Verdict v = ACCEPT;
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return REJECT;
      }
      if (f.severity() == Severity.WARNING) {
        v = ACCEPT_WITH_WARNINGS;
      }
    }
    return v;
  }
}
