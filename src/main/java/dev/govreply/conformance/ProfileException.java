package dev.govreply.conformance;

/**
 * A profile file that cannot be used: malformed JSON, an unknown property, a wrong type or value.
 * The message names the place as a JSON Pointer ({@link #pointer()}), e.g.
 * {@code profile JSON at /overrides/1/severity: expected ERROR, WARNING or INFO, got "FATAL"}.
 */
public final class ProfileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the offending value; {@code ""} for the document as a whole. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the document)
   * @param problem what is wrong
   */
  public ProfileException(String pointer, String problem) {
    super("profile JSON at " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + problem);
    this.pointer = pointer;
  }

  /**
   * Where in the profile JSON the problem is.
   *
   * @return the JSON Pointer of the offending value, e.g. {@code /overrides/1/severity};
   *     {@code ""} for the document as a whole
   */
  public String pointer() {
    return pointer;
  }
}
