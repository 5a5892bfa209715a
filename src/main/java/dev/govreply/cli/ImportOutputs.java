package dev.govreply.cli;

import dev.govreply.legacy.MappingResult;
import dev.govreply.model.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where {@code govreply import} writes: a file per reply in a directory ({@link DirOutput}), or
 * one file ({@link FileOutput}: {@code --jsonl}, {@code --rejects}); every file is written
 * completely or not at all ({@link OutputFile}), and a failure carries a message for people
 * ({@link WriteFailure}).
 */
final class ImportOutputs {

  private ImportOutputs() {}

  /**
   * A failure writing an output, with the message for people; {@link #refused} when the output
   * was refused (an existing file without --force, a protected file) rather than failed.
   */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    /** Whether the output was refused: a usage error, not an I/O error. */
    final boolean refused;

    WriteFailure(String message, IOException cause, boolean refused) {
      super(message, cause);
      this.refused = refused;
    }

    /** The failure of writing {@code file} (named by {@code option}, if any) for people. */
    static WriteFailure of(String option, Path file, IOException e) {
      String name = (option == null ? "" : option + " ") + file;
      if (e instanceof FileAlreadyExistsException) {
        return new WriteFailure(name + " already exists; use --force to replace it", e, true);
      }
      return new WriteFailure("cannot write " + name + ": " + IoReason.of(e), e, false);
    }
  }

  /** Where results go. */
  interface Output {
    /** Writes one result. */
    void write(MappingResult result, byte[] bytes) throws IOException;

    /** Completes the output after the last result. */
    void commit() throws IOException;

    /** Throws away what is not complete; quiet. */
    void discard();

    /**
     * What of this output exists after a failure, for the summary ({@code kept: …}, {@code not
     * created: …}); null when there is nothing to say.
     */
    String afterFailure();
  }

  /** No output (no --rejects). */
  static final class NoOutput implements Output {
    @Override
    public void write(MappingResult result, byte[] bytes) {}

    @Override
    public void commit() {}

    @Override
    public void discard() {}

    @Override
    public String afterFailure() {
      return null;
    }
  }

  /**
   * One file, written completely or not at all: {@code --jsonl} (a line per reply) or {@code
   * --rejects}.
   */
  static final class FileOutput implements Output {
    private final String option;
    private final OutputFile file;
    private final boolean lines;

    /**
     * Starts the file.
     *
     * @param option the option naming it, for messages
     * @param path the file
     * @param force whether an existing file may be replaced
     * @param lines whether a line feed follows each result's bytes
     */
    FileOutput(String option, Path path, boolean force, boolean lines) throws IOException {
      this.option = option;
      this.lines = lines;
      try {
        this.file = OutputFile.createNamed(path, force);
      } catch (IOException e) {
        throw WriteFailure.of(option, path, e);
      }
    }

    @Override
    public void write(MappingResult result, byte[] bytes) throws IOException {
      try {
        OutputStream out = file.stream();
        out.write(bytes);
        if (lines) {
          out.write('\n');
        }
      } catch (IOException e) {
        throw WriteFailure.of(option, file.target(), e);
      }
    }

    @Override
    public void commit() throws IOException {
      try {
        file.commit();
      } catch (IOException e) {
        throw WriteFailure.of(option, file.target(), e);
      }
    }

    @Override
    public void discard() {
      file.discard();
    }

    @Override
    public String afterFailure() {
      if (file.committed()) {
        return "kept: " + file.target();
      }
      return file.direct() ? "written in part: " + file.target() + " (not a regular file)"
          : "not created: " + file.target();
    }
  }

  /**
   * One file per reply in a directory, each written completely or not at all. Names come from
   * the document number; a name already taken in this run gets the next free suffix {@code -k},
   * counted per name (no probing of the file system); a name that exists before the run is an
   * error unless {@code force}.
   */
  static final class DirOutput implements Output {
    private final Path dir;
    private final boolean force;
    private final Map<Path, String> protectedFiles;
    private final Set<Path> protectedEntries = new HashSet<>();
    /** Names taken in this run, lower-cased: a case-insensitive file system must not merge two. */
    private final Set<String> taken = new HashSet<>();
    /** The next suffix to try per name. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private long tries;
    private long written;

    DirOutput(Path dir, boolean force, Map<Path, String> protectedFiles) throws IOException {
      try {
        this.dir = Files.createDirectories(dir).toRealPath();
      } catch (IOException e) {
        throw new WriteFailure("cannot create --out " + dir + ": " + IoReason.of(e), e, false);
      }
      this.force = force;
      this.protectedFiles = protectedFiles;
      for (Path p : protectedFiles.keySet()) {
        protectedEntries.add(SameFile.entry(p));
      }
    }

    @Override
    public void write(MappingResult result, byte[] json) throws IOException {
      Reply reply = result.reply().orElseThrow();
      String base = reply.documentNumber().map(n -> fileName(n.toString()))
          .orElse("record-" + result.recordNumber());
      Path file = dir.resolve(claim(base));
      String guarded = guarded(file);
      if (guarded != null) {
        throw new WriteFailure("the reply of record " + result.recordNumber() + " would replace "
            + guarded + " " + file + "; choose another --out", null, true);
      }
      try {
        OutputFile.write(file, json, force);
      } catch (IOException e) {
        throw WriteFailure.of(null, file, e);
      }
      written++;
    }

    /** The first free name of this run for {@code base}: base.json, base-2.json, … */
    String claim(String base) {
      int k = nextSuffix.getOrDefault(base, 1);
      String name;
      do {
        name = k == 1 ? base + ".json" : base + "-" + k + ".json";
        k++;
        tries++;
      } while (!taken.add(name.toLowerCase(Locale.ROOT)));
      nextSuffix.put(base, k);
      return name;
    }

    /** The names {@link #claim} has tried so far: one per reply unless names collide. */
    long tries() {
      return tries;
    }

    /** The label of the protected file that {@code file} is, else null. */
    private String guarded(Path file) {
      if (protectedEntries.contains(file)) {
        for (Map.Entry<Path, String> p : protectedFiles.entrySet()) {
          if (SameFile.entry(p.getKey()).equals(file)) {
            return p.getValue();
          }
        }
      }
      if (force && Files.exists(file)) { // a link to an input, replaced with --force
        for (Map.Entry<Path, String> p : protectedFiles.entrySet()) {
          if (SameFile.same(file, p.getKey())) {
            return p.getValue();
          }
        }
      }
      return null;
    }

    @Override
    public void commit() {}

    @Override
    public void discard() {}

    @Override
    public String afterFailure() {
      return "kept: " + written + " reply files in " + dir + " (each one complete)";
    }
  }

  /**
   * A file name for a document number: characters not allowed in file names on common systems
   * ({@code / \ : * ? " < > |}, control characters) become {@code _}; a leading dot too.
   */
  static String fileName(String documentNumber) {
    StringBuilder sb = new StringBuilder(documentNumber.length());
    for (int i = 0; i < documentNumber.length(); i++) {
      char c = documentNumber.charAt(i);
      boolean bad = c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0
          || (i == 0 && c == '.');
      sb.append(bad ? '_' : c);
    }
    String s = sb.toString();
    // keep names within common file-system limits (255 bytes of UTF-8)
    while (s.getBytes(StandardCharsets.UTF_8).length > 200) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "_" : s;
  }
}
