/**
 * govreply: the model of official replies (答复) to deputies' suggestions (建议) and CPPCC members'
 * proposals (提案), with canonical JSON, validation and a command line.
 */
module dev.govreply {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive jakarta.validation;
  requires static org.immutables.value;
  requires static info.picocli;
  requires static com.fasterxml.jackson.dataformat.csv;
  // QuickTheories 0.26 has no module descriptor and no Automatic-Module-Name: the name comes
  // from the jar file name quicktheories-0.26.jar
  requires static quicktheories;
  requires org.hibernate.validator;
  requires java.logging;

  exports dev.govreply.model;
  exports dev.govreply.json;
  exports dev.govreply.conformance;
  exports dev.govreply.text;
  exports dev.govreply.ledger;
  exports dev.govreply.legacy;
  exports dev.govreply.testing;

  opens dev.govreply.cli to info.picocli;
  provides com.fasterxml.jackson.databind.Module with dev.govreply.json.GovReplyModule;
}
