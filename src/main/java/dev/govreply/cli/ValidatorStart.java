package dev.govreply.cli;

import dev.govreply.conformance.ReplyValidator;
import dev.govreply.model.Reply;

/**
 * Starts the Bean Validation of replies (Hibernate Validator, which every check runs) on a second
 * thread, so that it gets ready while {@code check} loads its profile and reads its first file.
 * Started on first use, it takes about half of the start-up of {@code check}: building the
 * validator factory and the constraint metadata of the reply types, some 0.4 s of CPU.
 *
 * <p>Nothing depends on the thread: the validator is the library's shared one, built exactly once
 * by whichever thread comes first (the other waits), and the thread only validates an empty reply,
 * whose result it drops. If starting fails, the first check fails the same way and reports it.
 */
final class ValidatorStart {

  private ValidatorStart() {}

  /** Starts the validator on a daemon thread, and keeps its start-up messages off stderr. */
  static void inBackground() {
    LibraryLogging.quiet();
    Thread thread = new Thread(ValidatorStart::warmUp, "govreply-validator-start");
    thread.setDaemon(true);
    thread.start();
  }

  private static void warmUp() {
    try {
      ReplyValidator.shared().check(Reply.builder().build());
    } catch (RuntimeException | LinkageError e) {
      // the first check meets the same problem and reports it for its file
    }
  }
}
