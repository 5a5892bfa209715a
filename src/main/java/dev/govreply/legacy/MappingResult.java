package dev.govreply.legacy;

/** Placeholder until the legacy mapper lands; replace it. */
public final class MappingResult {
  private MappingResult() {}
}
