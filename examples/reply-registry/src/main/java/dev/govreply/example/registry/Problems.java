package dev.govreply.example.registry;

import dev.govreply.conformance.ConformanceReport;
import dev.govreply.text.TextReadException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.validation.ConstraintViolation;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
  private static final HttpStatusCode BAD_REQUEST = HttpStatusCode.valueOf(400);
  private static final HttpStatusCode NOT_FOUND = HttpStatusCode.valueOf(404);
  /** 422 Unprocessable Content (RFC 9110): well-formed, but not a reply the registry takes. */
  private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);
  private static final HttpStatusCode INTERNAL = HttpStatusCode.valueOf(500);

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

  /** A reply read from text that breaks the model's constraints. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Set<? extends ConstraintViolation<?>> violations;

    Invalid(Set<? extends ConstraintViolation<?>> violations) {
      super(violations.size() + " constraint(s) violated");
      this.violations = violations;
    }
  }

  /** A value too long for the registry's column. */
  static final class Unstorable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;

    Unstorable(String pointer, int length, int max) {
      super(pointer + " is " + length + " chars, longer than the registry keeps (" + max + ")");
      this.pointer = pointer;
    }
  }

  /** A query parameter with a value the endpoint does not take. */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String parameter;
    final String value;

    BadParameter(String parameter, String value, String expected) {
      super(parameter + " \"" + value + "\" is not taken; expected " + expected);
      this.parameter = parameter;
      this.value = value;
    }
  }

  @ExceptionHandler
  ProblemDetail rejected(Rejected e) {
    ProblemDetail p = problem(UNPROCESSABLE, "rejected",
        "Reply rejected by the conformance check", e.getMessage());
    p.setProperty("profile", e.report.profileId());
    p.setProperty("verdict", e.report.verdict().name());
    p.setProperty("findings", FindingView.of(e.report.findings()));
    return p;
  }

  @ExceptionHandler
  ProblemDetail invalid(Invalid e) {
    ProblemDetail p = problem(UNPROCESSABLE, "constraint-violation",
        "Reply breaks the model's constraints", e.getMessage());
    p.setProperty("errors", e.violations.stream()
        .map(v -> fieldError(v.getPropertyPath().toString(), v.getMessage())).toList());
    return p;
  }

  @ExceptionHandler
  ProblemDetail unstorable(Unstorable e) {
    ProblemDetail p = problem(UNPROCESSABLE, "unstorable", "Reply does not fit the registry",
        e.getMessage());
    p.setProperty("pointer", e.pointer);
    return p;
  }

  @ExceptionHandler
  ProblemDetail notFound(NotFound e) {
    return problem(NOT_FOUND, "not-found", "No such reply", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail badParameter(BadParameter e) {
    ProblemDetail p = problem(BAD_REQUEST, "bad-parameter", "Unknown parameter value",
        e.getMessage());
    p.setProperty("parameter", e.parameter);
    p.setProperty("value", e.value);
    return p;
  }

  @ExceptionHandler
  ProblemDetail undecodableText(TextReadException e) {
    ProblemDetail p = problem(UNPROCESSABLE, "undecodable-text",
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
    return problem(INTERNAL, "internal", "Internal error",
        "the registry failed; the error is in its log");
  }

  /**
   * A body that cannot be read (400: no body, not JSON, a number out of range, over a stream
   * limit), or JSON that does not bind to a govreply/1 reply (422, with the pointer). The detail
   * is Jackson's description of the problem, never Spring's, which names the handler method.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    JsonProblems.Located where = JsonProblems.locate(ex);
    ProblemDetail p;
    if (where == null) {
      p = problem(BAD_REQUEST, "unreadable-body", "Request body unreadable",
          "the request has no body, or its body cannot be read");
    } else if (where.syntax()) {
      p = problem(BAD_REQUEST, "unreadable-json", "JSON cannot be read", where.message());
    } else {
      p = problem(UNPROCESSABLE, "invalid-reply", "Not a govreply/1 reply",
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
    ProblemDetail p = problem(UNPROCESSABLE, "constraint-violation",
        "Reply breaks the model's constraints",
        ex.getBindingResult().getErrorCount() + " constraint(s) violated");
    p.setProperty("errors", ex.getBindingResult().getFieldErrors().stream()
        .map(e -> fieldError(e.getField(), e.getDefaultMessage())).toList());
    return ResponseEntity.status(p.getStatus()).headers(headers).body(p);
  }

  private static Map<String, String> fieldError(String field, String message) {
    return Map.of("pointer", pointer(field), "field", field, "message", String.valueOf(message));
  }

  /** {@code contacts[0].name} as the JSON Pointer {@code /contacts/0/name}. */
  static String pointer(String field) {
    StringBuilder sb = new StringBuilder();
    for (String part : List.of(field.replace("[", ".").replace("]", "").split("\\."))) {
      sb.append('/').append(part.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type(type));
    p.setTitle(title);
    return p;
  }
}
