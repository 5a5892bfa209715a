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
  // Jackson 3, for GovReplyJackson3Module only (optional)
  requires static tools.jackson.databind;
  requires static tools.jackson.core;
  // Apache POI, for DocxRenderer only (optional)
  requires static org.apache.poi.ooxml;
  requires static org.apache.poi.ooxml.schemas;
  requires static org.apache.xmlbeans;
  // optional: PdfRenderer
  requires static org.apache.pdfbox;
  requires static org.apache.fontbox;
  requires static org.apache.pdfbox.io;
  // JPA attribute converters, for dev.govreply.jpa only (optional)
  requires static jakarta.persistence;
  requires org.hibernate.validator;
  // Hibernate Validator reads jakarta.el only statically; requiring it here puts Jakarta EL (and,
  // by service binding, Expressly) in every application's module graph, so that a plain
  // Validation.buildDefaultValidatorFactory() works with `requires dev.govreply;` alone
  requires jakarta.el;
  requires java.logging;

  exports dev.govreply.model;
  exports dev.govreply.findings;
  exports dev.govreply.json;
  exports dev.govreply.conformance;
  exports dev.govreply.text;
  exports dev.govreply.ledger;
  exports dev.govreply.legacy;
  exports dev.govreply.testing;
  exports dev.govreply.jpa;
  exports dev.govreply.render;

  opens dev.govreply.cli to info.picocli;
  // the shapes of the govreply/1 format are bound by databind
  opens dev.govreply.json to com.fasterxml.jackson.databind, tools.jackson.databind;
  provides com.fasterxml.jackson.databind.Module with dev.govreply.json.GovReplyModule;
  // GovReplyJackson3Module is not provided here: a service of an optional module would make the
  // module graph fail to resolve without it. On the class path META-INF/services finds it; on
  // the module path, add it to the mapper explicitly.
}
