/**
 * What is wrong with a document, and where: a {@link dev.govreply.findings.Finding} (stable rule
 * ID, {@link dev.govreply.findings.Severity}, message in English or Chinese, model path and JSON
 * Pointer, {@link dev.govreply.findings.SourceSpan} in the text it was read from, suggested fix),
 * and the {@link dev.govreply.findings.SourceLocator} that maps model paths to spans.
 *
 * <p>Both the readers ({@code dev.govreply.text}, {@code dev.govreply.legacy}) and conformance
 * checking ({@code dev.govreply.conformance}) report findings of these types, so that a reader's
 * finding (GR-TXT-001: the year of the document number not in 〔〕) and a checker's (GR-NUM-001,
 * graded under a profile) are shown the same way. The titles and messages of every rule, the
 * reader's included, in English and simplified Chinese, are in
 * {@link dev.govreply.findings.Messages}; {@link dev.govreply.findings.FindingText} writes findings
 * and their counts as report lines in either language.
 */
package dev.govreply.findings;
