/**
 * Facts about characters and bytes shared by the packages of govreply (the model, the text
 * reader and the record mapper), each defined once: what a blank is, the matching key of a text
 * and the simplified reading of traditional characters ({@link dev.govreply.internal.Chars}),
 * and how the charset of text bytes is told ({@link dev.govreply.internal.CharsetDetection}).
 * Not exported: not part of the API.
 */
package dev.govreply.internal;
