package dev.govreply.cli;

import dev.govreply.json.ReplyJsonException;
import dev.govreply.text.TextReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The rule of {@code read}, {@code json} and {@code check} that one file's failure never stops
 * the others: whatever goes wrong with one file — a file refused by {@link InputFile} (too large,
 * empty), a bad document, an I/O error, a bug in the
 * library (a {@link RuntimeException}), a file too big for the memory ({@link OutOfMemoryError})
 * — is reported on stderr as one line {@code FILE: what went wrong}, without a stack trace, and
 * the command goes on with the next file.
 */
final class PerFile {

  /** The work done for one file. */
  @FunctionalInterface
  interface Work {
    /**
     * Does the work.
     *
     * @throws IOException when reading the file fails
     */
    void run() throws IOException;
  }

  private PerFile() {}

  /**
   * Runs {@code work} for {@code file}; any failure is reported on {@code err}.
   *
   * @param file the file, for the message
   * @param err where failures are reported
   * @param work the work; whatever it holds is released when it fails
   * @return whether the work completed
   */
  static boolean run(Path file, PrintWriter err, Work work) {
    String problem;
    try {
      work.run();
      return true;
    } catch (TextReadException | ReplyJsonException | InputFile.Refused e) {
      problem = e.getMessage();
    } catch (IOException e) {
      problem = describe(e);
    } catch (UncheckedIOException e) {
      problem = describe(e.getCause());
    } catch (OutOfMemoryError e) {
      // what the work held is unreachable now: there is memory again for the message
      problem = "not enough memory to read this file" + size(file) + "; run with a larger -Xmx";
    } catch (RuntimeException | StackOverflowError e) {
      problem = "internal error: " + e;
    }
    err.println(TerminalText.name(file) + ": " + TerminalText.line(String.valueOf(problem)));
    err.flush();
    return false;
  }

  /**
   * An I/O error reading a file, for people: {@code no such file}, else {@code cannot read:
   * REASON}.
   *
   * @param e the error
   * @return the description
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    return "cannot read: " + IoReason.of(e);
  }

  private static String size(Path file) {
    try {
      return " (" + Files.size(file) + " bytes)";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
