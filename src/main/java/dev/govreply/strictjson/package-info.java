/**
 * Not part of the API (the module does not export it): the strict Jackson 2 mapper
 * configuration that the JSON readers of {@code json}, {@code conformance} and {@code ledger}
 * share.
 */
package dev.govreply.strictjson;
