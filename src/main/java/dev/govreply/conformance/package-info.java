/**
 * Validation and conformance: Bean Validation constraints for replies and for users' own fields,
 * and the shared, once-bootstrapped validator.
 */
package dev.govreply.conformance;
