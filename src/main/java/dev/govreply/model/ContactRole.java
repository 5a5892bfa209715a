package dev.govreply.model;

import java.util.Optional;

/** Contact role (stub). */
public enum ContactRole {
  /** 承办负责人. */
  RESPONSIBLE("承办负责人"),
  /** 承办人. */
  HANDLER("承办人");

  private final String chinese;

  ContactRole(String chinese) {
    this.chinese = chinese;
  }

  /** Chinese. */
  public String chinese() {
    return chinese;
  }

  /** From label. */
  public static Optional<ContactRole> fromLabel(CharSequence label) {
    return Optional.empty();
  }
}
