package dev.govreply.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file that is written completely or not at all: the bytes go to a temporary file
 * ({@code .govreply-…tmp}) in the target's directory, which {@link #commit} moves into place once
 * it is complete; {@link #discard} deletes it. No partial target ever exists.
 *
 * <p>An existing target is an error ({@link FileAlreadyExistsException}) unless {@code replace}
 * is given — checked when the file is created and again, atomically, when it is moved into place:
 * without {@code replace} the complete file is linked to the target name, which fails if the name
 * is taken (where the file system has no hard links, the name is checked and the file moved). With
 * {@code replace} the file is moved with {@link StandardCopyOption#ATOMIC_MOVE}, falling back to a
 * plain move only where the file system refuses atomic moves. A symbolic link at the target name
 * is replaced, never followed.
 *
 * <p>A file the user named ({@link #createNamed}) that exists and is neither a regular file nor a
 * directory — a device such as {@code /dev/null}, a pipe such as {@code /dev/stdout} — is written
 * directly: writing to it replaces nothing.
 *
 * <p>Not thread-safe.
 */
final class OutputFile implements AutoCloseable {
  private final Path target;
  private final Path temp; // null when writing directly
  private final boolean replace;
  private final OutputStream out;
  private boolean committed;
  private boolean closed;

  private OutputFile(Path target, Path temp, boolean replace, OutputStream out) {
    this.target = target;
    this.temp = temp;
    this.replace = replace;
    this.out = out;
  }

  /**
   * Starts writing {@code target}, a file the user named: a device or a pipe is written directly.
   *
   * @param target the file to write
   * @param replace whether an existing target may be replaced
   * @return the file, to be committed or discarded
   * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
   * @throws IOException when the temporary file cannot be created
   */
  static OutputFile createNamed(Path target, boolean replace) throws IOException {
    if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
      return new OutputFile(target, null, replace,
          new BufferedOutputStream(Files.newOutputStream(target), 1 << 16));
    }
    return create(target, replace);
  }

  /**
   * Starts writing {@code target}.
   *
   * @param target the file to write
   * @param replace whether an existing target may be replaced
   * @return the file, to be committed or discarded
   * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
   * @throws IOException when the temporary file cannot be created
   */
  static OutputFile create(Path target, boolean replace) throws IOException {
    if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path dir = target.toAbsolutePath().getParent();
    while (true) {
      Path temp = dir.resolve(".govreply-"
          + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
      try {
        OutputStream s = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        return new OutputFile(target, temp, replace, new BufferedOutputStream(s, 1 << 16));
      } catch (FileAlreadyExistsException e) {
        // a temporary name is taken: draw another
      }
    }
  }

  /**
   * Writes {@code bytes} as the whole of {@code target}, completely or not at all.
   *
   * @param target the file to write
   * @param bytes its content
   * @param replace whether an existing target may be replaced
   * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
   * @throws IOException when writing fails; nothing is left behind then
   */
  static void write(Path target, byte[] bytes, boolean replace) throws IOException {
    OutputFile f = create(target, replace);
    try {
      f.stream().write(bytes);
      f.commit();
    } finally {
      f.discard();
    }
  }

  /** Where to write the content. */
  OutputStream stream() {
    return out;
  }

  /** The file this writes. */
  Path target() {
    return target;
  }

  /** Whether this writes the target directly (a device or a pipe), with no temporary file. */
  boolean direct() {
    return temp == null;
  }

  /** Whether the file has been moved into place (or, for a device, written and closed). */
  boolean committed() {
    return committed;
  }

  /**
   * Completes the file and moves it into place.
   *
   * @throws FileAlreadyExistsException when the target appeared meanwhile and {@code replace} is
   *     false; the temporary file is kept for {@link #discard} to delete
   * @throws IOException when writing or moving fails
   */
  void commit() throws IOException {
    closed = true;
    out.close();
    if (temp != null) {
      publish();
    }
    committed = true;
  }

  private void publish() throws IOException {
    if (replace) {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return;
    }
    // an atomic move (rename) would replace a file created meanwhile; a hard link never does
    boolean linked;
    try {
      Files.createLink(target, temp);
      linked = true;
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      linked = false; // no hard links here
    }
    if (linked) {
      Files.delete(temp);
      return;
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target);
    }
  }

  /**
   * Deletes the temporary file unless the file was committed; quiet, and safe to call more than
   * once.
   */
  void discard() {
    if (committed) {
      return;
    }
    if (!closed) {
      closed = true;
      try {
        out.close();
      } catch (IOException e) {
        // the content is being thrown away
      }
    }
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more can be done; the name starts with a dot and ends in .tmp
      }
    }
  }

  /** Discards the file unless it was committed. */
  @Override
  public void close() {
    discard();
  }
}
