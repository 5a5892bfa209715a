/** The ledger (台账): one flat row per reply, as JSON or CSV (see LEDGER.md). */
package dev.govreply.ledger;
