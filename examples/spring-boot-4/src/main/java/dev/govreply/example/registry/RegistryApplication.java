package dev.govreply.example.registry;

import dev.govreply.conformance.ReplyValidator;
import dev.govreply.jpa.ReplyJsonConverter;
import dev.govreply.json.GovReplyJackson3Module;
import dev.govreply.text.ReplyTextReader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;

/**
 * A small reply registry (答复登记) on Spring Boot 4: replies posted as govreply/1 JSON or as a
 * document's text, stored with JPA, served as JSON, text or ledger rows, checked against a
 * conformance profile.
 */
@SpringBootApplication
// the registry's entity, and govreply's converters (autoApply) for the model's values in it
@EntityScan(basePackageClasses = {StoredReply.class, ReplyJsonConverter.class})
public class RegistryApplication {

  public static void main(String[] args) {
    SpringApplication.run(RegistryApplication.class, args);
  }

  /** The govreply/1 format in Spring's JSON mapper (Jackson 3 on Spring Boot 4). */
  @Bean
  JacksonModule govReplyModule() {
    return new GovReplyJackson3Module();
  }

  /**
   * {@code @Valid} sees the model's constraints, which sit on fluent accessors ({@code issuer()},
   * not {@code getIssuer()}); without this Bean Validation silently finds none.
   */
  @Bean
  ValidationConfigurationCustomizer fluentAccessors() {
    return ReplyValidator::configureFluentAccessors;
  }

  /** The text reader: immutable and thread-safe, one for the application. */
  @Bean
  ReplyTextReader textReader() {
    return ReplyTextReader.standard();
  }
}
