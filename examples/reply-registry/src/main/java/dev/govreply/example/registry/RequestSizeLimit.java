package dev.govreply.example.registry;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code registry.max-request-bytes} (default 1 MiB) with 413 and a
 * problem detail, whether the client declared its length or streamed it in chunks. Bodies within
 * the limit are read here once and handed on.
 */
@Component
class RequestSizeLimit extends OncePerRequestFilter {
  private final long max;

  /** Largest limit: a body within it is held in one array. */
  static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  RequestSizeLimit(@Value("${registry.max-request-bytes:1048576}") long max) {
    if (max < 1 || max > MAX_LIMIT) {
      throw new IllegalArgumentException("registry.max-request-bytes is " + max
          + "; it must be from 1 to " + MAX_LIMIT);
    }
    this.max = max;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.getContentLengthLong() > max) {
      refuse(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) max + 1);
    if (body.length > max) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new Buffered(request, body), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(413);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write("{\"type\":\"urn:govreply:registry:too-large\",\"title\":"
        + "\"Content Too Large\",\"status\":413,\"detail\":\"the request body is over " + max
        + " bytes\",\"instance\":\"" + request.getRequestURI().replace("\\", "\\\\")
        .replace("\"", "\\\"") + "\"}");
  }

  /** The request with its body read. */
  private static final class Buffered extends HttpServletRequestWrapper {
    private final byte[] body;

    Buffered(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws UnsupportedEncodingException {
      String name = getCharacterEncoding();
      Charset cs;
      try {
        cs = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
      } catch (IllegalArgumentException e) {
        throw new UnsupportedEncodingException(name);
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), cs));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
