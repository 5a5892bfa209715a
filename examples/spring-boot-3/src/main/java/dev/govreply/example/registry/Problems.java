package dev.govreply.example.registry;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.text.TextReadException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}) that says where the
 * problem is: the JSON Pointer, line and column of a JSON body, the field of a failed constraint,
 * the findings (with spans) of a rejected reply, the byte offset of undecodable text. Never a
 * stack trace.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

  static URI type(String name) {
    return URI.create("urn:govreply:registry:" + name);
  }

  /** A reply whose conformance verdict is REJECT. */
  static final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ConformanceReport report;

    Rejected(ConformanceReport report) {
      super("the reply was rejected by profile " + report.profileId());
      this.report = report;
    }
  }

  /** No reply at this address. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String path) {
      super("no reply at " + path);
    }
  }

  /** A query parameter with a value the endpoint does not know. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String parameter;
    final String value;

    BadParameter(String parameter, String value, String expected) {
      super("unknown " + parameter + " \"" + value + "\"; expected " + expected);
      this.parameter = parameter;
      this.value = value;
    }
  }

  @ExceptionHandler
  ProblemDetail rejected(Rejected e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "rejected",
        "Reply rejected by the conformance check", e.getMessage());
    p.setProperty("profile", e.report.profileId());
    p.setProperty("verdict", e.report.verdict().name());
    p.setProperty("findings", FindingView.of(e.report.findings()));
    return p;
  }

  @ExceptionHandler
  ProblemDetail notFound(NotFound e) {
    return problem(HttpStatus.NOT_FOUND, "not-found", "No such reply", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail badParameter(BadParameter e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "bad-parameter", "Unknown parameter value",
        e.getMessage());
    p.setProperty("parameter", e.parameter);
    p.setProperty("value", e.value);
    return p;
  }

  @ExceptionHandler
  ProblemDetail undecodableText(TextReadException e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "undecodable-text",
        "Text cannot be read", e.getMessage());
    if (e.byteOffset() >= 0) {
      p.setProperty("byteOffset", e.byteOffset());
    }
    if (e.line() > 0) {
      p.setProperty("line", e.line());
    }
    return p;
  }

  /** Anything else: logged here, answered without its stack trace. */
  @ExceptionHandler
  ProblemDetail unexpected(Exception e) {
    LOG.error("unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
        "the registry failed; the error is in its log");
  }

  /** A body that is not JSON (400), or JSON that is not a govreply/1 reply (422). */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    JsonProblems.Located where = JsonProblems.locate(ex);
    ProblemDetail p;
    if (where == null) {
      p = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Request body unreadable",
          ex.getMostSpecificCause().getMessage());
    } else if (where.syntax()) {
      p = problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", where.message());
    } else {
      p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-reply", "Not a govreply/1 reply",
          where.message());
    }
    if (where != null) {
      if (where.pointer() != null) {
        p.setProperty("pointer", where.pointer());
      }
      if (where.line() > 0) {
        p.setProperty("line", where.line());
        p.setProperty("column", where.column());
      }
    }
    return ResponseEntity.status(p.getStatus()).headers(headers).body(p);
  }

  /** A reply that breaks the model's constraints ({@code @Valid}): each field as a pointer. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_ENTITY, "constraint-violation",
        "Reply breaks the model's constraints",
        ex.getBindingResult().getErrorCount() + " constraint(s) violated");
    p.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
        .map(Problems::fieldError).toList());
    return ResponseEntity.status(p.getStatus()).headers(headers).body(p);
  }

  private static Map<String, String> fieldError(FieldError e) {
    return Map.of("pointer", pointer(e.getField()), "field", e.getField(),
        "message", String.valueOf(e.getDefaultMessage()));
  }

  /** {@code contacts[0].name} as the JSON Pointer {@code /contacts/0/name}. */
  static String pointer(String field) {
    StringBuilder sb = new StringBuilder();
    for (String part : List.of(field.replace("[", ".").replace("]", "").split("\\."))) {
      sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type(type));
    p.setTitle(title);
    return p;
  }
}
