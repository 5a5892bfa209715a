package dev.govreply.internal;

/**
 * The words of a contact block's labels that both the model ({@code ContactRole} reading a label)
 * and the text reader (finding labels in a line) use, each listed once.
 */
public final class ContactWords {
  private ContactWords() {}

  /**
   * What joins a role's label to contact details in a compound label (承办人及联系电话, 联系人/电话),
   * full-width and key forms both.
   */
  public static final String COMPOUND_JOINERS = "及和与、/,，";
}
