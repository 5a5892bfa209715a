package dev.govreply.findings;

/** How serious a {@link Finding} is. */
public enum Severity {
  /** The document does not conform; a pipeline should reject it. */
  ERROR,
  /** The document deviates from the canonical form but can be used. */
  WARNING,
  /** Worth knowing; no action needed. */
  INFO
}
