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

  /** @serial the JSON Pointer of the offending value, {@code ""} for the whole mapping */
  private final String pointer;
  /** @serial what is wrong, in English, without the pointer */
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

  /**
   * Where the problem is in the mapping file.
   *
   * @return the JSON Pointer (RFC 6901) of the offending value, e.g. {@code /contacts/1/role};
   *     {@code ""} for the mapping as a whole
   */
  public String pointer() {
    return pointer;
  }

  /**
   * What is wrong.
   *
   * @return the reason in English, without the pointer, e.g. {@code unknown role "经办人"
   *     (RESPONSIBLE, HANDLER, 承办负责人, 承办人)}
   */
  public String reason() {
    return reason;
  }
}
