package org.minzheng.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The payroll endpoints write money: they need {@code Authorization: Bearer <minzheng.server.api-token>}.
 * No token gives 401, a wrong one 403 (compared in constant time); with no token configured every
 * request is refused.
 */
@Component
final class ApiTokenFilter extends OncePerRequestFilter {
  private final byte[] token;

  ApiTokenFilter(ServerSettings settings) {
    this.token = settings.getApiToken().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/v1/payroll");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"minzheng payroll\"");
      write(response, Problems.render(new ApiProblem(401, "Unauthorized", List.of(new ApiProblem.FieldError(
          "Authorization", "", "payroll needs Authorization: Bearer <token>"))), request));
      return;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (token.length == 0 || !MessageDigest.isEqual(token, given)) {
      write(response, Problems.render(new ApiProblem(403, "Forbidden", List.of(new ApiProblem.FieldError(
          "Authorization", "Bearer ***", token.length == 0 ? "payroll is off: minzheng.server.api-token is not set"
              : "the token is not the configured one"))), request));
      return;
    }
    chain.doFilter(request, response);
  }

  private static void write(HttpServletResponse response, ResponseEntity<byte[]> problem) throws IOException {
    response.setStatus(problem.getStatusCode().value());
    response.setContentType(Problems.PROBLEM_JSON);
    response.getOutputStream().write(problem.getBody());
  }
}
