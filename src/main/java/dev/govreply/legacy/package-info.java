/**
 * Legacy records: declarative mapping of old database rows, CSV exports and JSON Lines into
 * replies, with every record accounted for.
 */
package dev.govreply.legacy;
