package dev.govreply.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library start-up messages (Hibernate Validator's "HV000001: Hibernate Validator …" at
 * INFO) off the command's stderr, which belongs to the command's own messages. Warnings and
 * errors still show. Only the command line does this, and only a command that checks replies
 * (the others never start Hibernate Validator, nor java.util.logging); embedders keep their own
 * logging set-up.
 */
final class LibraryLogging {

  /** Held strongly: java.util.logging keeps loggers weakly, and would forget the level. */
  private static Logger hibernateValidator;

  private LibraryLogging() {}

  /** Quiets the libraries' INFO messages; call before the first reply is checked. */
  static synchronized void quiet() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "jdk");
    }
    if (hibernateValidator == null) {
      hibernateValidator = Logger.getLogger("org.hibernate.validator");
    }
    hibernateValidator.setLevel(Level.WARNING);
  }
}
