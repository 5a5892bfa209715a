/**
 * JSON for replies: {@link dev.govreply.json.ReplyJson} reads and writes the {@code govreply/1}
 * format, and {@link dev.govreply.json.GovReplyModule} teaches an embedder's own Jackson
 * {@code ObjectMapper} the same format.
 */
package dev.govreply.json;
