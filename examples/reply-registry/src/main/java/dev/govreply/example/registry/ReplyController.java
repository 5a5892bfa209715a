package dev.govreply.example.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.govreply.conformance.ConformanceReport;
import dev.govreply.conformance.Profile;
import dev.govreply.conformance.Profiles;
import dev.govreply.conformance.ReplyChecker;
import dev.govreply.conformance.Verdict;
import dev.govreply.ledger.LedgerJson;
import dev.govreply.ledger.LedgerRow;
import dev.govreply.model.Reply;
import dev.govreply.text.ReadResult;
import dev.govreply.text.ReplyTextReader;
import dev.govreply.text.ReplyTextWriter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The registry's endpoints. Every reply posted, as JSON or as text, is checked against a
 * conformance profile ({@code ?profile=}, default {@code registry.profile}) and registered unless
 * the verdict is REJECT; errors are RFC 9457 problem details ({@link Problems}).
 */
@RestController
@RequestMapping("/replies")
class ReplyController {
  private static final MediaType TEXT_UTF8 = new MediaType("text", "plain", StandardCharsets.UTF_8);

  private final StoredReplyRepository replies;
  private final ReplyTextReader reader;
  private final Validator validator;
  private final String defaultProfile;

  ReplyController(StoredReplyRepository replies, ReplyTextReader reader, Validator validator,
      @Value("${registry.profile:lenient}") String defaultProfile) {
    this.replies = replies;
    this.reader = reader;
    this.validator = validator;
    this.defaultProfile = defaultProfile;
  }

  /** Largest page of a search. */
  static final int MAX_PAGE_SIZE = 1000;

  /** A reply as govreply/1 JSON, bound by govreply's Jackson module and validated. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Registered> register(@Valid @RequestBody Reply reply,
      @RequestParam(required = false) String profile) {
    return register(reply, checker(profile).check(reply));
  }

  /** A reply document's text (UTF-8, GB18030 or UTF-16, detected), read by the text reader. */
  @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<Registered> registerText(@RequestBody byte[] text,
      @RequestParam(required = false) String profile) {
    ReadResult read = reader.read(text);
    // what @Valid does for a JSON body: a lenient profile only warns about a broken constraint
    Set<ConstraintViolation<Reply>> violations = validator.validate(read.reply());
    if (!violations.isEmpty()) {
      throw new Problems.Invalid(violations);
    }
    return register(read.reply(), checker(profile).check(read.reply(), read.report().locator(),
        read.report().findings()));
  }

  private ResponseEntity<Registered> register(Reply reply, ConformanceReport report) {
    if (report.verdict() == Verdict.REJECT) {
      throw new Problems.Rejected(report);
    }
    StoredReply stored = replies.save(new StoredReply(reply));
    URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null)
        .path("/{id}").buildAndExpand(stored.id()).toUri();
    return ResponseEntity.created(location).body(new Registered(stored.id(), location.getPath(),
        report.verdict().name(), FindingView.of(report.findings())));
  }

  /** A reply as JSON (default), {@code ?format=text} its canonical text, or its ledger row. */
  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
    Reply reply = find(id).reply();
    return switch (format) {
      case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reply);
      case "text" -> ResponseEntity.ok().contentType(TEXT_UTF8)
          .body(ReplyTextWriter.standard().write(reply));
      case "ledger" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
          .body(LedgerJson.write(LedgerRow.of(reply)));
      default -> throw new Problems.BadParameter("format", format, "json, text or ledger");
    };
  }

  /**
   * Registered replies of an issuer and/or a year (of the reply's date), a page at a time
   * ({@code ?page=} from 0, {@code ?size=} up to {@value #MAX_PAGE_SIZE}, default 100).
   */
  @GetMapping
  List<Summary> search(@RequestParam(required = false) String issuer,
      @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    if (page < 0) {
      throw new Problems.BadParameter("page", String.valueOf(page), "0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new Problems.BadParameter("size", String.valueOf(size), "1 to " + MAX_PAGE_SIZE);
    }
    return replies.search(issuer, year, PageRequest.of(page, size)).stream().map(Summary::of)
        .toList();
  }

  /** A registered reply checked against a profile (default gbt9704): the report as JSON. */
  @GetMapping(value = "/{id}/check", produces = MediaType.APPLICATION_JSON_VALUE)
  String check(@PathVariable long id, @RequestParam(defaultValue = "gbt9704") String profile) {
    return checker(profile).check(find(id).reply()).toJson();
  }

  private StoredReply find(long id) {
    return replies.findById(id).orElseThrow(() -> new Problems.NotFound("/replies/" + id));
  }

  private ReplyChecker checker(String name) {
    String n = name == null ? defaultProfile : name;
    Profile p = Profiles.find(n).orElseThrow(() ->
        new Problems.BadParameter("profile", n, String.join(", ", Profiles.names())));
    return ReplyChecker.of(p);
  }

  /** What a registration answers. */
  record Registered(long id, String location, String verdict, List<FindingView> findings) {
  }

  /** One registered reply in a search result; absent values are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Summary(long id, String location, String documentNumber, String issuer, String date,
      String title) {
    static Summary of(StoredReply r) {
      Reply reply = r.reply();
      return new Summary(r.id(), "/replies/" + r.id(),
          reply.documentNumber().map(Object::toString).orElse(null), reply.issuer().orElse(null),
          reply.date().map(Object::toString).orElse(null), reply.title().orElse(null));
    }
  }
}
