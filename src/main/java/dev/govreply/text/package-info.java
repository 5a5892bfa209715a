/**
 * Text: {@link dev.govreply.text.ReplyTextReader} reads replies from text as real documents have
 * it and accounts for every line in a {@link dev.govreply.text.ReadReport};
 * the writer writes the canonical layout.
 */
package dev.govreply.text;
