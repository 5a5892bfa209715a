package dev.govreply.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What went wrong in an I/O error, in words for people and without the exception's class: {@code
 * no such file}, {@code permission denied}, {@code already exists}, else the system's reason
 * ({@code No space left on device}, {@code Is a directory}, …). Messages put the file in front.
 */
final class IoReason {

  private IoReason() {}

  /**
   * The reason alone.
   *
   * @param e the error
   * @return what went wrong
   */
  static String of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof FileSystemException f) {
      return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * The file, when the error names one, and the reason: {@code FILE: REASON}.
   *
   * @param e the error
   * @return what went wrong, and where
   */
  static String withFile(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + of(e);
    }
    return of(e);
  }
}
