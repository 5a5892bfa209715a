/**
 * The reply model: immutable values for an official reply (答复) to a deputy's suggestion (建议) or a
 * CPPCC member's proposal (提案).
 *
 * <p>Every type in this package is immutable and thread-safe; compare instances with
 * {@code equals}. Absent values are {@link java.util.Optional} or empty lists, never {@code null}.
 * Small values ({@link dev.govreply.model.DocumentNumber}, {@link dev.govreply.model.PhoneNumber},
 * {@link dev.govreply.model.ResultClass}, {@link dev.govreply.model.Session}) have {@code of(...)},
 * {@code parse(CharSequence)} and a {@code toString()} with {@code parse(x.toString()).equals(x)}
 * (a phone number's is the number as printed, its {@code canonical()} the same for every printing). A malformed value cannot be built: parsing or constructing
 * one throws {@link dev.govreply.model.MalformedValueException} naming the field, the text and the
 * index. An incomplete <em>document</em> can be built: nearly every block of a
 * {@link dev.govreply.model.Reply} is optional, because real documents lack them; conformance
 * checking reports what is missing.
 */
@GovReplyStyle
package dev.govreply.model;
