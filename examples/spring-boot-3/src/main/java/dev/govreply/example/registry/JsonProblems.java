package dev.govreply.example.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Where in a JSON body Jackson 2 found a problem: the one Jackson-specific part of the errors. */
final class JsonProblems {
  private JsonProblems() {
  }

  /**
   * Where a problem is.
   *
   * @param syntax true when the body cannot be read as JSON (malformed, a number out of range, a
   *     stream limit), false when JSON does not bind to a reply
   * @param pointer the JSON Pointer of the value, or null when unknown
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column
   * @param message what is wrong, without Jackson's reference chain
   */
  record Located(boolean syntax, String pointer, int line, int column, String message) {
  }

  /** The location of a Jackson error among the causes, or null when Jackson gave none. */
  static Located locate(HttpMessageNotReadableException ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException j) {
        StringBuilder pointer = new StringBuilder();
        if (j instanceof JsonMappingException m) {
          for (JsonMappingException.Reference r : m.getPath()) {
            String name = r.getFieldName();
            pointer.append('/').append(name != null
                ? name.replace("~", "~0").replace("/", "~1") : String.valueOf(r.getIndex()));
          }
        }
        boolean syntax = !(j instanceof JsonMappingException);
        int line = j.getLocation() == null ? 0 : j.getLocation().getLineNr();
        int column = j.getLocation() == null ? 0 : j.getLocation().getColumnNr();
        return new Located(syntax, syntax ? null : pointer.toString(), Math.max(line, 0),
            Math.max(column, 0), j.getOriginalMessage());
      }
    }
    return null;
  }
}
