package dev.govreply.conformance;

import java.util.ResourceBundle;

/** Clears the JDK's resource bundle caches, so that a changed default locale is seen. */
final class ResourceBundleCaches {
  private ResourceBundleCaches() {}

  static void clear() {
    ResourceBundle.clearCache(ReplyValidator.class.getClassLoader());
    ResourceBundle.clearCache(Thread.currentThread().getContextClassLoader());
  }
}
