package dev.govreply.conformance;

/** Placeholder until the validation layer lands; delete it then. */
final class Placeholder {
  private Placeholder() {}
}
