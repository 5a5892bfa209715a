/** Placeholder. */
package dev.govreply.conformance;
