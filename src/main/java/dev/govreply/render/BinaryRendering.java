package dev.govreply.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * What the renderers of binary formats (DOCX, PDF) share: the check that their optional library
 * is present, and writing a rendering to a stream.
 */
final class BinaryRendering {
  private BinaryRendering() {}

  /**
   * Checks that an optional library is on the class path.
   *
   * @param className a class of the library
   * @param format what needs it, for the message (DOCX rendering)
   * @param library the library's name (Apache POI)
   * @param artifact the artifact to add (org.apache.poi:poi-ooxml (5.x))
   * @throws IllegalStateException naming the artifact when the class is missing
   */
  static void requireLibrary(String className, String format, String library, String artifact) {
    try {
      Class.forName(className, false, BinaryRendering.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(format + " needs " + library + ": add the dependency "
          + artifact, e);
    }
  }

  /** Writes a rendering to {@code out} and flushes it; {@code out} is not closed. */
  static void write(byte[] rendering, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try {
      out.write(rendering);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
