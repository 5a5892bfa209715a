/**
 * A test kit for users of govreply: assertions on the conformance of replies, generators of
 * valid replies, and the real sample documents.
 *
 * <ul>
 *   <li>{@link dev.govreply.testing.ReplyAssertions}: {@code assertThat(reply).conformsTo("gbt9704")},
 *       {@code .hasFinding("GR-NUM-002").at("documentNumber")}, {@code .hasNoFinding(id)},
 *       {@code .hasVerdict(Verdict.ACCEPT)}. They work with any test framework: a failed assertion
 *       throws {@link java.lang.AssertionError} whose message lists every finding with its rule,
 *       severity, model path, JSON Pointer, source span (for a reply read from text) and message,
 *       as a table ({@link dev.govreply.testing.FindingTable});
 *   <li>{@link dev.govreply.testing.ReplyGens}: generators of replies that the {@code gbt9704}
 *       profile accepts, and of the Chinese sentences, paragraphs and names they are made of,
 *       driven by a seed or by any property-testing library's randomness (one functional
 *       interface, {@link dev.govreply.testing.ReplyGens.Choices}; no dependency);
 *   <li>{@link dev.govreply.testing.SampleDocuments}: the 33 real reply documents the library is
 *       tested on, as text and read.
 * </ul>
 *
 * <p>Nothing in the library depends on this package.
 */
package dev.govreply.testing;
