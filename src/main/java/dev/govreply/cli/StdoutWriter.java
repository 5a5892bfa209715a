package dev.govreply.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for the commands: a {@link PrintWriter} (UTF-8) that keeps the first write
 * error of its stream, so that a command can say why writing failed ({@code No space left on
 * device}, {@code Broken pipe}, …) where a plain {@code PrintWriter} only sets a flag.
 *
 * <p>Every command checks its output with {@link #failed} after each file and before it ends: a
 * full disk or a closed standard output is reported once and ends the command with its error exit
 * code, never with 0.
 */
final class StdoutWriter extends PrintWriter {
  private final Recording stream;

  /**
   * A writer over {@code out}.
   *
   * @param out the stream, e.g. {@code new FileOutputStream(FileDescriptor.out)}
   */
  StdoutWriter(OutputStream out) {
    this(new Recording(out));
  }

  private StdoutWriter(Recording stream) {
    super(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    this.stream = stream;
  }

  /**
   * Whether writing to {@code out} has failed (this flushes it); if so, says so once on
   * {@code err}: {@code govreply COMMAND: cannot write to standard output: REASON}.
   *
   * @param out the command's standard output
   * @param err the command's standard error
   * @param command the command's name, for the message (empty for govreply itself)
   * @return whether writing failed
   */
  static boolean failed(PrintWriter out, PrintWriter err, String command) {
    if (!out.checkError()) {
      return false;
    }
    String reason = out instanceof StdoutWriter w && w.stream.failure != null
        ? ": " + IoReason.of(w.stream.failure) : "";
    err.println("govreply" + (command.isEmpty() ? "" : " " + command)
        + ": cannot write to standard output"
        + TerminalText.line(reason));
    err.flush();
    return true;
  }

  /** Passes bytes on and keeps the first {@link IOException}. */
  private static final class Recording extends OutputStream {
    private final OutputStream out;
    private IOException failure;

    Recording(OutputStream out) {
      this.out = out;
    }

    private IOException keep(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw keep(e);
      }
    }
  }
}
