package dev.govreply.legacy;

import java.util.Objects;

/**
 * A mapping file (or a mapping built in code) that is not a valid {@link RecordMapping}. The
 * {@linkplain #pointer() JSON Pointer} names the offending value in the mapping file, e.g.
 * {@code /fields/date/column}; it is empty for the document as a whole.
 *
 * <pre>{@code
 * RecordMapping.fromJson("{\"format\":\"govreply-mapping/1\",\"fields\":{\"dat\":\"答复日期\"}}");
 * // RecordMappingException: /fields/dat: unknown field "dat" (known: documentNumber, …)
 * }</pre>
 */
public final class RecordMappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the offending value, {@code ""} for the whole
   *     mapping
   * @param reason what is wrong, in English
   */
  public RecordMappingException(String pointer, String reason) {
    super((pointer.isEmpty() ? "mapping" : pointer) + ": " + reason);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The JSON Pointer of the offending value, {@code ""} for the mapping as a whole. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the pointer. */
  public String reason() {
    return reason;
  }
}
