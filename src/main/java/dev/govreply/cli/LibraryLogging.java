package dev.govreply.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library start-up messages (Hibernate Validator's "HV000001: Hibernate Validator …" at
 * INFO) off the command's stderr, which belongs to the command's own messages. Warnings and
 * errors still show. Only the command line ({@link Main#main}) does this, and only for a command
 * that checks replies (the others never start Hibernate Validator, nor java.util.logging);
 * embedders of {@link Main#execute} keep their own logging set-up.
 */
final class LibraryLogging {

  /** Whether the command line owns the process, and so its logging. */
  private static volatile boolean owned;

  /** Held strongly: java.util.logging keeps loggers weakly, and would forget the level. */
  private static Logger hibernateValidator;

  private LibraryLogging() {}

  /**
   * Takes charge of the libraries' logging for the command line: JBoss Logging (Hibernate
   * Validator's) goes to java.util.logging, set up when a command starts a checker ({@link
   * #quiet}).
   */
  static void ownedByCommandLine() {
    owned = true;
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
  }

  /** Quiets the libraries' INFO messages, when the command line owns the logging. */
  static synchronized void quiet() {
    if (!owned) {
      return;
    }
    if (hibernateValidator == null) {
      hibernateValidator = Logger.getLogger("org.hibernate.validator");
    }
    hibernateValidator.setLevel(Level.WARNING);
  }
}
