package dev.govreply.example.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.json.ReplyJson;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import dev.govreply.testing.ReplyGens;
import dev.govreply.testing.SampleDocuments;
import dev.govreply.text.ReplyTextWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The registry started as a real service on a random port and called over HTTP, as its clients
 * call it: every endpoint, bad input of every kind, concurrent clients, and a restart. Shared by
 * the Spring Boot 3 and 4 examples, which each run it against their own build of the service.
 */
class RegistryServiceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ReplyJson REPLY_JSON = ReplyJson.standard();
  private static final RestClient HTTP = RestClient.create();

  @TempDir
  static Path data;
  private static ConfigurableApplicationContext app;
  private static String base;

  @BeforeAll
  static void start() {
    app = start(data);
    base = baseOf(app);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(RegistryApplication.class).run("--server.port=0",
        "--registry.data-dir=" + dataDir, "--spring.main.banner-mode=off");
  }

  static String baseOf(ConfigurableApplicationContext context) {
    return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  /** An HTTP answer, whatever its status. */
  record Answer(int status, HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String contentType() {
      return String.valueOf(headers.getContentType());
    }
  }

  static Answer call(String base, HttpMethod method, String path, MediaType type, byte[] body) {
    RestClient.RequestBodySpec spec = HTTP.method(method).uri(base + path);
    if (type != null) {
      spec.contentType(type);
    }
    if (body != null) {
      spec.body(body);
    }
    return spec.exchange((request, response) -> new Answer(response.getStatusCode().value(),
        response.getHeaders(), new String(response.getBody().readAllBytes(),
            StandardCharsets.UTF_8)));
  }

  static Answer get(String path) {
    return call(base, HttpMethod.GET, path, null, null);
  }

  static Answer postJson(String json) {
    return call(base, HttpMethod.POST, "/replies", MediaType.APPLICATION_JSON,
        json.getBytes(StandardCharsets.UTF_8));
  }

  static Reply founding() {
    return SampleDocuments.read("00").reply().withDate(LocalDate.of(2024, 5, 20));
  }

  /** A problem detail: its media type, status, type, and no trace of Java in it. */
  static JsonNode problem(Answer a, int status, String type) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.contentType()).startsWith("application/problem+json");
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ")
        .doesNotContain(".java:");
    JsonNode p = a.json();
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("type").asText()).isEqualTo("urn:govreply:registry:" + type);
    return p;
  }

  @Test
  void aJsonReplyIsRegisteredAndServedAsJsonTextAndLedger() {
    Reply reply = founding();
    Answer posted = postJson(REPLY_JSON.writeString(reply));
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    String location = posted.headers().getLocation().getPath();
    assertThat(location).matches("/replies/\\d+");
    assertThat(posted.json().path("location").asText()).isEqualTo(location);
    assertThat(posted.json().path("verdict").asText()).startsWith("ACCEPT");

    Answer json = get(location);
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body()).isEqualTo(REPLY_JSON.writeString(reply));
    assertThat(REPLY_JSON.read(json.body())).isEqualTo(reply);

    Answer text = get(location + "?format=text");
    assertThat(text.contentType()).startsWith("text/plain");
    assertThat(text.body()).isEqualTo(ReplyTextWriter.standard().write(reply));

    Answer ledger = get(location + "?format=ledger");
    assertThat(ledger.body()).isEqualTo(LedgerJson.write(LedgerRow.of(reply)));

    JsonNode p = problem(get(location + "?format=pdf"), 400, "bad-parameter");
    assertThat(p.path("parameter").asText()).isEqualTo("format");
  }

  @Test
  void aDocumentsTextIsReadRegisteredAndItsFindingsReturned() {
    byte[] text = SampleDocuments.text("27").getBytes(StandardCharsets.UTF_8);
    Answer posted = call(base, HttpMethod.POST, "/replies", MediaType.TEXT_PLAIN, text);
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    JsonNode findings = posted.json().path("findings");
    assertThat(findings.isArray()).isTrue();
    assertThat(findings.size()).isPositive();
    assertThat(findings.get(0).path("ruleId").asText()).startsWith("GR-");
    assertThat(findings.findValuesAsText("span")).as("spans in the posted text")
        .isNotEmpty().allMatch(span -> span.matches("\\d+:\\d+–\\d+:\\d+"));
    Answer json = get(posted.headers().getLocation().getPath());
    assertThat(REPLY_JSON.read(json.body())).isEqualTo(SampleDocuments.read("27").reply());
  }

  @Test
  void repliesAreFoundByIssuerAndYear() {
    String issuer = "检索测试县人民政府";
    List<Long> ids = new ArrayList<>();
    for (int year : new int[] {2022, 2023, 2023}) {
      Reply r = founding().withIssuer(issuer).withDate(LocalDate.of(year, 3, 1))
          .withDocumentNumber(DocumentNumber.of("检政函", year, ids.size() + 1));
      ids.add(postJson(REPLY_JSON.writeString(r)).json().path("id").asLong());
    }
    JsonNode found = get("/replies?issuer=" + issuer + "&year=2023").json();
    assertThat(found.size()).isEqualTo(2);
    assertThat(found.get(0).path("id").asLong()).isEqualTo(ids.get(1));
    assertThat(found.get(1).path("documentNumber").asText()).isEqualTo("检政函〔2023〕3号");
    assertThat(get("/replies?issuer=" + issuer).json().size()).isEqualTo(3);
    assertThat(get("/replies?issuer=" + issuer + "&size=2&page=1").json().get(0).path("id")
        .asLong()).isEqualTo(ids.get(2));
    assertThat(get("/replies?year=2022&size=1000").json().findValuesAsText("issuer"))
        .contains(issuer);
    assertThat(get("/replies").json().size()).isBetween(3, 100);
    problem(get("/replies?size=1001"), 400, "bad-parameter");
    problem(get("/replies?page=-1"), 400, "bad-parameter");
  }

  @Test
  void aRegisteredReplyIsCheckedAgainstAProfile() {
    Reply reply = founding();
    long id = postJson(REPLY_JSON.writeString(reply)).json().path("id").asLong();
    Answer check = get("/replies/" + id + "/check?profile=gbt9704");
    assertThat(check.status()).isEqualTo(200);
    assertThat(check.body())
        .isEqualTo(ReplyChecker.of(Profiles.builtIn("gbt9704")).check(reply).toJson());
    problem(get("/replies/" + id + "/check?profile=nonsense"), 400, "bad-parameter");
    problem(get("/replies/987654321/check"), 404, "not-found");
    problem(get("/replies/987654321"), 404, "not-found");
  }

  @Test
  void malformedJsonIs400WithLineAndColumn() {
    JsonNode p = problem(postJson("{\"format\":\"govreply/1\",\n  \"issuer\": }"), 400,
        "unreadable-json");
    assertThat(p.path("line").asInt()).isEqualTo(2);
    assertThat(p.path("column").asInt()).isPositive();
  }

  @Test
  void jsonThatIsNotAReplyIs422WithThePointer() {
    String valid = REPLY_JSON.writeString(founding());
    JsonNode unknown = problem(postJson(valid.replace("{\"format\":\"govreply/1\",",
        "{\"format\":\"govreply/1\",\"nonsense\":1,")), 422, "invalid-reply");
    assertThat(unknown.path("pointer").asText()).isEqualTo("/nonsense");
    assertThat(unknown.path("detail").asText()).contains("nonsense");

    JsonNode wrongType = problem(postJson(valid.replace("\"issuer\":\"",
        "\"issuer\":42,\"x\":\"")), 422, "invalid-reply");
    assertThat(wrongType.path("pointer").asText()).isEqualTo("/issuer");

    JsonNode number = problem(postJson(valid.replace("平政字〔2024〕12号", "平政字〔0〕12号")), 422,
        "invalid-reply");
    assertThat(number.path("pointer").asText()).isEqualTo("/documentNumber");
    assertThat(number.path("detail").asText()).contains("year");
  }

  @Test
  void aReplyBreakingTheModelsConstraintsIs422WithTheField() {
    Reply tooLong = founding().withIssuer("长".repeat(101));
    JsonNode p = problem(postJson(REPLY_JSON.writeString(tooLong)), 422, "constraint-violation");
    assertThat(p.path("errors").get(0).path("pointer").asText()).isEqualTo("/issuer");
  }

  @Test
  void aReplyTheProfileRejectsIs422WithTheFindings() {
    Reply bare = Reply.builder().body(founding().body()).build();
    Answer a = call(base, HttpMethod.POST, "/replies?profile=gbt9704", MediaType.APPLICATION_JSON,
        REPLY_JSON.write(bare));
    JsonNode p = problem(a, 422, "rejected");
    assertThat(p.path("verdict").asText()).isEqualTo("REJECT");
    assertThat(p.path("findings").get(0).path("ruleId").asText()).startsWith("GR-");
    assertThat(p.path("findings").toString()).contains("\"severity\":\"ERROR\"");
  }

  @Test
  void binaryEmptyWrongTypeAndOversizedBodiesAreRefusedAsProblems() throws Exception {
    byte[] binary = new byte[4096];
    new Random(9704).nextBytes(binary);
    JsonNode text = problem(call(base, HttpMethod.POST, "/replies", MediaType.TEXT_PLAIN, binary),
        422, "undecodable-text");
    assertThat(text.path("byteOffset").asLong()).isBetween(0L, (long) binary.length);

    problem(call(base, HttpMethod.POST, "/replies", MediaType.APPLICATION_JSON, binary), 400,
        "unreadable-json");
    for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN)) {
      Answer empty = call(base, HttpMethod.POST, "/replies", type, new byte[0]);
      problem(empty, 400, "unreadable-body");
      assertThat(empty.body()).as("no handler's name").doesNotContain("dev.govreply")
          .doesNotContain("ResponseEntity");
    }
    Answer xml = call(base, HttpMethod.POST, "/replies", MediaType.APPLICATION_XML,
        "<reply/>".getBytes(StandardCharsets.UTF_8));
    assertThat(xml.status()).isEqualTo(415);
    assertThat(xml.contentType()).startsWith("application/problem+json");

    byte[] tenMiB = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(tenMiB, (byte) ' ');
    problem(call(base, HttpMethod.POST, "/replies", MediaType.APPLICATION_JSON, tenMiB), 413,
        "too-large");
    problem(call(base, HttpMethod.POST, "/replies", MediaType.TEXT_PLAIN, tenMiB), 413,
        "too-large");

    // sent in chunks, with no Content-Length (a body of unknown length): refused once more than
    // the limit has come
    java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/replies"))
            .header("Content-Type", "text/plain")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(tenMiB, 0, 2 * 1024 * 1024)))
            .build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    HttpHeaders headers = new HttpHeaders();
    chunked.headers().map().forEach(headers::addAll);
    problem(new Answer(chunked.statusCode(), headers, chunked.body()), 413, "too-large");
  }

  @Test
  void aNumberOutOfRangeIsNamedByItsPointer() {
    String valid = REPLY_JSON.writeString(founding().withAddressee(founding().addressee()
        .orElseThrow().withStatedCount(3)));
    assertThat(valid).contains("\"statedCount\":3");
    JsonNode p = problem(postJson(valid.replace("\"statedCount\":3",
        "\"statedCount\":99999999999999999999")), 422, "invalid-reply");
    assertThat(p.path("pointer").asText()).isEqualTo("/addressee/statedCount");
    assertThat(p.path("detail").asText()).contains("out of range");
  }

  @Test
  void aNestedValueIsNamedByItsPointer() {
    String valid = REPLY_JSON.writeString(founding());
    assertThat(valid).contains("\"contacts\":[{\"role\":\"RESPONSIBLE\",\"name\":\"朱远\"");
    JsonNode p = problem(postJson(valid.replace("\"name\":\"朱远\"", "\"name\":[\"朱远\"]")),
        422, "invalid-reply");
    assertThat(p.path("pointer").asText()).isEqualTo("/contacts/0/name");
  }

  @Test
  void aDocumentNumberLongerThanItsColumnIs422NotAServerError() {
    Reply reply = founding().withDocumentNumber(DocumentNumber.of("平" + "政".repeat(70) + "字",
        2024, 12));
    JsonNode p = problem(postJson(REPLY_JSON.writeString(reply)), 422, "unstorable");
    assertThat(p.path("pointer").asText()).isEqualTo("/documentNumber");
  }

  @Test
  void eightClientsPostFiveHundredRepliesEachAndEveryOneIsServedBackEqual() throws Exception {
    int clients = 8;
    int each = 500;
    Map<Long, Reply> registered = new ConcurrentHashMap<>();
    AtomicInteger failures = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            Reply reply = ReplyGens.validReply(client * 1_000_000L + i);
            Answer a = postJson(REPLY_JSON.writeString(reply));
            if (a.status() == 201) {
              registered.put(a.json().path("id").asLong(), reply);
            } else {
              failures.incrementAndGet();
              System.err.println("POST failed: " + a.status() + " " + a.body());
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Duration posting = Duration.ofNanos(System.nanoTime() - start);
    long reading = System.nanoTime();
    AtomicInteger mismatches = new AtomicInteger();
    List<Map.Entry<Long, Reply>> all = new ArrayList<>(registered.entrySet());
    ExecutorService readers = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(readers.submit(() -> {
          for (int i = client; i < all.size(); i += clients) {
            Answer a = get("/replies/" + all.get(i).getKey());
            if (a.status() != 200 || !REPLY_JSON.read(a.body()).equals(all.get(i).getValue())) {
              mismatches.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      readers.shutdownNow();
    }
    Duration getting = Duration.ofNanos(System.nanoTime() - reading);
    System.out.printf("concurrency: %d clients x %d POSTs: %d registered, %d failed, %d ms;"
        + " then %d clients GET all %d: %d not equal, %d ms%n", clients, each, registered.size(),
        failures.get(), posting.toMillis(), clients, all.size(), mismatches.get(),
        getting.toMillis());
    assertThat(failures.get()).isZero();
    assertThat(registered).hasSize(clients * each);
    assertThat(mismatches.get()).isZero();
  }

  @Test
  void repliesSurviveARestart(@TempDir Path own) {
    Reply reply = founding();
    String location;
    try (ConfigurableApplicationContext first = start(own)) {
      Answer a = call(baseOf(first), HttpMethod.POST, "/replies", MediaType.APPLICATION_JSON,
          REPLY_JSON.write(reply));
      assertThat(a.status()).isEqualTo(201);
      location = a.headers().getLocation().getPath();
    }
    try (ConfigurableApplicationContext second = start(own)) {
      Answer a = call(baseOf(second), HttpMethod.GET, location, null, null);
      assertThat(a.status()).isEqualTo(200);
      assertThat(REPLY_JSON.read(a.body())).isEqualTo(reply);
    }
  }
}
