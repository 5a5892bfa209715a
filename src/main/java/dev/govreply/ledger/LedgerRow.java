package dev.govreply.ledger;

/** Placeholder until the ledger lands. */
public final class LedgerRow {
  private LedgerRow() {}
}
