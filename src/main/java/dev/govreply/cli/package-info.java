/** Placeholder. */
package dev.govreply.cli;
