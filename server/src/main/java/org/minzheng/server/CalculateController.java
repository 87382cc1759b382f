package org.minzheng.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.standard.MinzhengException;
import org.minzheng.standard.StandardNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/calculate}: one household ({@link BatchController} answers many).
 */
@RestController
@RequestMapping("/api/v1")
final class CalculateController {

  private final Calculations calculations;
  private final JsonInput input;

  CalculateController(Calculations calculations, JsonInput input) {
    this.calculations = calculations;
    this.input = input;
  }

  /**
   * One household: {@code {"household": {...}, "month": "2020-10", "knowledgeDate": "…",
   * "explanation": "text"|"steps"|"none"}}.
   */
  @PostMapping(path = "/calculate", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> calculate(HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) throws IOException {
    Locale locale = ResultJson.locale(language);
    JsonNode body = input.tree(input.body(request), "");
    if (!body.isObject()) {
      throw ApiProblem.badRequest("", body.getNodeType().name().toLowerCase(Locale.ROOT), "the body must be a JSON object");
    }
    YearMonth month = month(body.path("month"), "month");
    Optional<LocalDate> knownOn = knowledgeDate(body.path("knowledgeDate"));
    ResultJson.Explain explain = ResultJson.Explain.parse(body.path("explanation").asText(null), ResultJson.Explain.TEXT);
    JsonNode h = body.path("household");
    if (!h.isObject()) {
      throw ApiProblem.badRequest("household", h.isMissingNode() ? "" : h.asText(), "a household object is required");
    }
    input.checkMembers(h, "household");
    Household household = input.bind(h, "household", Household.class);
    boolean explained = explain != ResultJson.Explain.NONE;
    HouseholdResult result;
    try {
      result = knownOn.isEmpty() ? calculations.calculate(household, month, explained)
          : calculations.calculate(household, month, knownOn.get(), explained);
    } catch (StandardNotFoundException e) {
      if (knownOn.isEmpty()) {
        throw e;
      }
      throw ApiProblem.badRequest("knowledgeDate", knownOn.get().toString(), JsonInput.firstLine(e.getMessage()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024); // an explained answer is ~20 KB: no regrowth
    try (JsonGenerator g = input.mapper().getFactory().createGenerator(out)) {
      ResultJson.write(g, result, locale, explain);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
  }

  static YearMonth month(JsonNode node, String field) {
    if (!node.isTextual()) {
      throw ApiProblem.badRequest(field, node.isMissingNode() ? "" : node.toString(), "a month \"yyyy-MM\" is required");
    }
    try {
      return YearMonth.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field, node.asText(), "not a month of the form yyyy-MM");
    }
  }

  /**
   * The knowledge date K (rules.md §11): the calculation uses only standards published on or before
   * it. Absent or null: today, from the server's clock.
   */
  static Optional<LocalDate> knowledgeDate(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      throw ApiProblem.badRequest("knowledgeDate", node.toString(), "a date \"yyyy-MM-dd\" is required");
    }
    try {
      return Optional.of(LocalDate.parse(node.asText()));
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("knowledgeDate", node.asText(), "not a date of the form yyyy-MM-dd");
    }
  }
}
