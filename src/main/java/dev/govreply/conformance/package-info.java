/**
 * Conformance of replies: rules, profiles, findings with exact locations and a verdict; and Bean
 * Validation for the model and for users' own objects.
 *
 * <p><b>Conformance checking.</b> {@link dev.govreply.conformance.ReplyChecker} checks a reply
 * against a {@link dev.govreply.conformance.Profile} ({@code gbt9704}, {@code lenient}, or one read
 * from JSON) and the versioned {@link dev.govreply.conformance.RuleCatalogue}
 * ({@code govreply-rules 1.0}: rules with stable IDs such as {@code GR-NUM-002}, default
 * severities, sources and zh-CN/en messages in {@code Rules*.properties}), and returns a
 * {@link dev.govreply.conformance.ConformanceReport}: findings with model path, JSON Pointer,
 * source span and suggested fix, the overrides applied with their rationales, and a
 * {@link dev.govreply.conformance.Verdict} computed after them. Reports round-trip through JSON.
 * Text reader findings ({@code GR-TXT-*}) are graded under the profile. Users' beans that hold
 * replies can carry {@link dev.govreply.conformance.ConformsTo}.
 *
 * <p><b>Bean Validation.</b>
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
 *   <li>{@link dev.govreply.conformance.ReplyValidator#configureFluentAccessors} lets a Bean
 *       Validation configuration of your own see constraints on fluent accessors
 *       ({@code issuer()}, not {@code getIssuer()}).
 * </ul>
 *
 * <p>Messages are in the resource bundles {@code ValidationMessages} (English) and
 * {@code ValidationMessages_zh_CN} (Chinese) under the keys
 * {@code dev.govreply.conformance.<Constraint>.message}; the model's limits use the standard
 * Hibernate Validator messages. Bean Validation violations of a reply appear in conformance reports as
 * {@code GR-VAL-001} findings (one generic rule; the constraint's name, path and message are its
 * arguments).
 *
 * <p>Every public type here is immutable and thread-safe.
 */
package dev.govreply.conformance;

import dev.govreply.findings.Messages;

