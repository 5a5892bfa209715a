package dev.govreply.example.registry;

import com.fasterxml.jackson.databind.Module;
import dev.govreply.conformance.ReplyValidator;
import dev.govreply.jpa.ReplyJsonConverter;
import dev.govreply.json.GovReplyModule;
import dev.govreply.text.ReplyTextReader;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A small reply registry (答复登记) on Spring Boot 3: replies posted as govreply/1 JSON or as a
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

  /** The govreply/1 format in Spring's JSON mapper (Jackson 2 on Spring Boot 3). */
  @Bean
  Module govReplyModule() {
    return new GovReplyModule();
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
