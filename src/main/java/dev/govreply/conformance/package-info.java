/**
 * Validation of replies: Bean Validation for the model and for users' own objects.
 *
 * <p>This package catches values that are representable but clearly wrong, the second of the two
 * kinds of wrong (a malformed value cannot even be built, see {@link dev.govreply.model}):
 *
 * <ul>
 *   <li>{@link dev.govreply.conformance.ReplyValidator} validates a
 *       {@link dev.govreply.model.Reply} against the standard constraints on the model's accessors
 *       ({@code @Size} sanity limits such as an issuer of at most 100 characters, {@code @Valid}
 *       cascading into the body, measures, points, commitments, motion, addressee and contacts), and
 *       returns sorted {@link dev.govreply.conformance.Violation}s with paths such as
 *       {@code body.measures[0].points[1].heading}, in English or Chinese;
 *   <li>{@link dev.govreply.conformance.ValidDocumentNumber},
 *       {@link dev.govreply.conformance.ValidPhoneNumber} and
 *       {@link dev.govreply.conformance.ValidResultClass} are constraints for users' own DTO fields
 *       that hold such values as text (a ledger row, a form); they use the model's parsers and can
 *       require the canonical form;
 *   <li>{@link dev.govreply.conformance.FluentGetterPropertySelectionStrategy} lets Hibernate
 *       Validator see constraints on fluent accessors ({@code issuer()}, not {@code getIssuer()});
 *       use it when you configure a validator of your own.
 * </ul>
 *
 * <p>Messages are in the resource bundles {@code ValidationMessages} (English) and
 * {@code ValidationMessages_zh_CN} (Chinese) under the keys
 * {@code dev.govreply.conformance.<Constraint>.message}; the model's limits use the standard
 * Hibernate Validator messages. Checking a reply against the rules for replies (required blocks,
 * GB/T 9704 forms, local class schemes) with profiles and reports is not part of this layer yet.
 *
 * <p>Every public type here is immutable and thread-safe.
 */
package dev.govreply.conformance;
