package dev.govreply.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library start-up messages (Hibernate Validator's "HV000001: Hibernate Validator …" at
 * INFO, the Log4j API's "could not find a logging provider" when Apache POI starts) off the
 * command's stderr, which belongs to the command's own messages. Warnings and errors still show.
 * Only the command line ({@link Main#main}) does this; Hibernate Validator's level is set only
 * for a command that checks replies (the others never start it, nor java.util.logging).
 * Embedders of {@link Main#execute} keep their own logging set-up.
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
    // Apache POI (render --to docx) logs through the Log4j API, which with no Log4j provider in
    // the jar says so on stderr at first use; its simple logger writes POI's errors only
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
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
