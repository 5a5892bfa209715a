/**
 * Facts about characters and bytes shared by the packages of govreply (the text reader and the
 * record sources): how the charset of text bytes is told ({@link
 * dev.govreply.internal.CharsetDetection}). Not exported: not part of the API.
 */
package dev.govreply.internal;
