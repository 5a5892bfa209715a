package dev.govreply.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether two paths name the same file, so that an output never replaces an input or another
 * output: when both exist, {@link Files#isSameFile} decides (this catches symbolic links and hard
 * links); in any case two paths are the same when their absolute forms are equal after resolving
 * the real path of the parent directory (this catches {@code ./x.csv} against {@code x.csv}, and
 * a file not yet created in a directory reached through a link).
 */
final class SameFile {

  private SameFile() {}

  /**
   * Whether {@code a} and {@code b} name the same file.
   *
   * @param a a path
   * @param b another path
   * @return whether they are the same file, or would be once created
   */
  static boolean same(Path a, Path b) {
    if (entry(a).equals(entry(b))) {
      return true;
    }
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * The directory entry a path names: absolute and normalised, with the parent directory's real
   * path (symbolic links resolved) where the parent exists. The last name is not resolved: it is
   * the entry a new file would take.
   *
   * @param p a path
   * @return its entry
   */
  static Path entry(Path p) {
    Path abs = p.toAbsolutePath();
    Path parent = abs.getParent();
    Path name = abs.getFileName();
    if (parent == null || name == null || name.toString().equals("..")
        || name.toString().equals(".")) {
      return abs.normalize();
    }
    try {
      return parent.toRealPath().resolve(name);
    } catch (IOException e) {
      return abs.normalize();
    }
  }
}
