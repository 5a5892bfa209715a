package dev.govreply.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.govreply.model.Disclosure;
import dev.govreply.model.DocumentNumber;
import dev.govreply.model.Reply;
import dev.govreply.testing.ReplyGens;
import dev.govreply.testing.SampleDocuments;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceException;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The converters under a real JPA provider (Hibernate ORM 7) over an embedded database (H2):
 * what an application stores, queries and loads, and what it learns from a malformed column.
 */
class HibernateH2Test {
  private static EntityManagerFactory emf;

  @BeforeAll
  static void start() {
    PersistenceConfiguration unit = new PersistenceConfiguration("govreply-jpa-test")
        .provider("org.hibernate.jpa.HibernatePersistenceProvider")
        .managedClass(RegisteredReply.class)
        .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:govreply-jpa;DB_CLOSE_DELAY=-1")
        .property(PersistenceConfiguration.JDBC_USER, "sa")
        .property(PersistenceConfiguration.SCHEMAGEN_DATABASE_ACTION, "drop-and-create")
        .property("hibernate.generate_statistics", "true");
    for (Class<?> converter : List.of(DocumentNumberConverter.class, PhoneNumberConverter.class,
        ResultClassConverter.class, SessionConverter.class, DisclosureConverter.class,
        MotionKindConverter.class, AddresseeRoleConverter.class, ContactRoleConverter.class,
        ReplyJsonConverter.class, CountingReplyConverter.class)) {
      unit.managedClass(converter);
    }
    emf = unit.createEntityManagerFactory();
  }

  @AfterAll
  static void stop() {
    emf.close();
  }

  @BeforeEach
  void empty() {
    inTransaction(em -> em.createQuery("delete from RegisteredReply").executeUpdate());
  }

  private static void inTransaction(Consumer<EntityManager> work) {
    try (EntityManager em = emf.createEntityManager()) {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    }
  }

  private static <T> T read(Function<EntityManager, T> work) {
    try (EntityManager em = emf.createEntityManager()) {
      return work.apply(em);
    }
  }

  private static long store(Reply reply) {
    RegisteredReply r = new RegisteredReply(reply);
    inTransaction(em -> em.persist(r));
    return r.id;
  }

  /** The founding example, dated (its text leaves the date empty). */
  private static Reply founding() {
    return SampleDocuments.read("00").reply().withDate(LocalDate.of(2024, 5, 20));
  }

  @Test
  void everySampleIsStoredAndLoadedEqual() {
    Map<Long, Reply> stored = new LinkedHashMap<>();
    for (String name : SampleDocuments.names()) {
      Reply reply = SampleDocuments.read(name).reply();
      stored.put(store(reply), reply);
    }
    for (Map.Entry<Long, Reply> e : stored.entrySet()) {
      RegisteredReply loaded = read(em -> em.find(RegisteredReply.class, e.getKey()));
      assertThat(loaded.reply).isEqualTo(e.getValue());
      assertThat(loaded.documentNumber).isEqualTo(e.getValue().documentNumber().orElse(null));
      assertThat(loaded.session).isEqualTo(
          e.getValue().motion().flatMap(m -> m.session()).orElse(null));
      assertThat(loaded.contactPhone).isEqualTo(new RegisteredReply(e.getValue()).contactPhone);
    }
  }

  @Test
  void queriesByDocumentNumberAndIssuer() {
    Reply founding = founding();
    long id = store(founding);
    store(founding.withDocumentNumber(DocumentNumber.of("平政字", 2024, 13)));
    store(founding.withIssuer("岳阳市人民政府").withDocumentNumber(DocumentNumber.parse("岳政函〔2023〕7号")));

    List<RegisteredReply> byNumber = read(em -> em.createQuery(
        "select r from RegisteredReply r where r.documentNumber = :n", RegisteredReply.class)
        .setParameter("n", DocumentNumber.parse("平政字〔2024〕12号")).getResultList());
    assertThat(byNumber).extracting(r -> r.id).containsExactly(id);
    assertThat(byNumber.get(0).reply).isEqualTo(founding);

    List<Long> byIssuerAndYear = read(em -> em.createQuery(
        "select r.id from RegisteredReply r where r.issuer = :i and r.year = :y"
            + " and r.disclosure = :d order by r.id", Long.class)
        .setParameter("i", founding.issuer().orElseThrow())
        .setParameter("y", founding.date().orElseThrow().getYear())
        .setParameter("d", founding.disclosure().orElseThrow()).getResultList());
    assertThat(byIssuerAndYear).hasSize(2).contains(id);
  }

  @Test
  void columnsHoldTheCanonicalStrings() {
    long id = store(founding());
    Object[] row = read(em -> (Object[]) em.createNativeQuery("select document_number,"
        + " disclosure, result_class, session, motion_kind, addressee_role, contact_role,"
        + " contact_phone, reply from registered_reply where id = " + id).getSingleResult());
    assertThat(row[0]).isEqualTo("平政字〔2024〕12号");
    assertThat(row[1]).isEqualTo(founding().disclosure().orElseThrow().name());
    assertThat(row[2]).isEqualTo(founding().resultClass().orElseThrow().toString());
    assertThat(row[3]).isEqualTo(founding().motion().orElseThrow().session().orElseThrow().text());
    assertThat(row[4]).isEqualTo("SUGGESTION");
    assertThat(row[5]).isEqualTo("DEPUTY");
    assertThat(row[6]).isEqualTo("RESPONSIBLE");
    assertThat(row[7]).isEqualTo(new RegisteredReply(founding()).contactPhone.toString());
    assertThat(clob(row[8])).startsWith("{\"format\":\"govreply/1\",");
  }

  private static String clob(Object value) {
    try {
      return value instanceof java.sql.Clob c ? c.getSubString(1, (int) c.length())
          : (String) value;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void emptyOptionalValuesAreNullColumns() {
    long id = store(Reply.builder().body(founding().body()).build());
    RegisteredReply loaded = read(em -> em.find(RegisteredReply.class, id));
    assertThat(loaded.documentNumber).isNull();
    assertThat(loaded.disclosure).isNull();
    assertThat(loaded.reply).isEqualTo(Reply.builder().body(founding().body()).build());
    Object n = read(em -> em.createNativeQuery(
        "select count(*) from registered_reply where document_number is null and session is null"
            + " and contact_phone is null").getSingleResult());
    assertThat(((Number) n).longValue()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "document_number | 平政字〔0〕12号 | DocumentNumber | documentNumber.year",
      "result_class    | X9            | ResultClass    | resultClass",
      "session         | 第三次会议     | Session        | session",
      "contact_phone   | 12             | PhoneNumber    | phone",
      "reply           | '{\"format\":\"govreply/2\"}' | Reply | this library reads govreply/1",
      "reply           | '{\"format\":\"govreply/1\",\"body\":' | Reply | line 1",
  })
  void aMalformedColumnNamesItsValue(String column, String value, String type, String reason) {
    long id = store(founding());
    inTransaction(em -> em.createNativeQuery(
        "update registered_reply set " + column + " = ?1 where id = ?2")
        .setParameter(1, value).setParameter(2, id).executeUpdate());

    assertThatThrownBy(() -> read(em -> em.find(RegisteredReply.class, id)))
        .satisfies(e -> {
          StoredValueException stored = storedValueCause(e);
          assertThat(stored.valueType()).isEqualTo(type);
          assertThat(stored.columnValue()).isEqualTo(value);
          assertThat(stored.getMessage())
              .startsWith("column value \"" + value + "\" is not a stored " + type + ": ");
          assertThat(stored.getCause().getMessage()).contains(reason);
        });
  }

  @ParameterizedTest
  @CsvSource({"disclosure, public", "motion_kind, 建议", "contact_role, 承办人"})
  void theGeneratedSchemaRefusesAnUnknownCode(String column, String value) {
    long id = store(founding());
    assertThatThrownBy(() -> inTransaction(em -> em.createNativeQuery(
        "update registered_reply set " + column + " = ?1 where id = ?2")
        .setParameter(1, value).setParameter(2, id).executeUpdate()))
        .isInstanceOf(PersistenceException.class)
        .hasMessageContaining("constraint");
    assertThat(read(em -> em.find(RegisteredReply.class, id)).reply).isEqualTo(founding());
  }

  private static StoredValueException storedValueCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StoredValueException s) {
        return s;
      }
    }
    throw new AssertionError("no StoredValueException among the causes of " + e, e);
  }

  @Test
  void aThousandGeneratedRepliesAreStoredAndLoadedEqual() {
    List<Reply> replies = new ArrayList<>();
    for (long seed = 0; seed < 1000; seed++) {
      replies.add(ReplyGens.validReply(seed));
    }
    List<Long> ids = new ArrayList<>();
    inTransaction(em -> {
      for (Reply reply : replies) {
        RegisteredReply r = new RegisteredReply(reply);
        em.persist(r);
        ids.add(r.id);
      }
    });
    Map<Long, Reply> loaded = read(em -> {
      Map<Long, Reply> m = new LinkedHashMap<>();
      em.createQuery("select r from RegisteredReply r", RegisteredReply.class).getResultStream()
          .forEach(r -> m.put(r.id, r.reply));
      return m;
    });
    assertThat(loaded).hasSize(1000);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(loaded.get(ids.get(i))).as("reply of seed %d", i).isEqualTo(replies.get(i));
    }
    assertThat(replies.stream().map(Reply::disclosure).distinct().count())
        .as("the generated replies vary").isGreaterThan(1);
  }

  @Test
  void aReplyIsConvertedOnlyWhenWrittenOrReadAndAReplacedOneIsSaved() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    CountingReplyConverter.WRITES.set(0);
    CountingReplyConverter.READS.set(0);
    long id = store(founding());
    assertThat(CountingReplyConverter.WRITES.get()).as("writes to persist").isEqualTo(1);

    stats.clear();
    inTransaction(em -> em.find(RegisteredReply.class, id));
    assertThat(CountingReplyConverter.READS.get()).as("reads to load").isEqualTo(1);
    assertThat(CountingReplyConverter.WRITES.get()).as("writes to load, unchanged").isEqualTo(1);
    assertThat(stats.getEntityUpdateCount()).as("updates of an unchanged entity").isZero();

    Reply other = founding().withIssuer("平江县交通运输局");
    inTransaction(em -> em.find(RegisteredReply.class, id).reply = other);
    assertThat(stats.getEntityUpdateCount()).as("updates of a replaced reply").isEqualTo(1);
    assertThat(read(em -> em.find(RegisteredReply.class, id)).reply).isEqualTo(other);
  }

}
