package dev.govreply.example.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.govreply.json.GovReplyJackson3Module;
import tools.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Spring's own JSON mapper, the one HTTP bodies go through, knows govreply's module. */
class JsonMapperWiringTest {
  @TempDir
  static Path data;
  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() {
    app = RegistryServiceTest.start(data);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void springsJsonMapperIsJackson3WithGovreplysModule() {
    assertThat(app.getBean(JsonMapper.class).registeredModules())
        .anyMatch(m -> m instanceof GovReplyJackson3Module);
  }
}
