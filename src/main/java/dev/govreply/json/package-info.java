/** Placeholder. */
package dev.govreply.json;
