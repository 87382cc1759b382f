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
 * {@code POST /api/v1/calculate} (one household) and {@code POST /api/v1/calculate/batch} (JSON
 * lines or the household CSV, results streamed out as JSON lines).
 */
@RestController
@RequestMapping("/api/v1")
final class CalculateController {
  private static final Logger log = LoggerFactory.getLogger(CalculateController.class);
  static final String NDJSON = "application/x-ndjson";

  private final Calculations calculations;
  private final JsonInput input;
  private final ServerSettings settings;

  CalculateController(Calculations calculations, JsonInput input, ServerSettings settings) {
    this.calculations = calculations;
    this.input = input;
    this.settings = settings;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
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
  private static Optional<LocalDate> knowledgeDate(JsonNode node) {
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

  /**
   * Many households: the body (JSON lines, one household a line, or the household CSV with
   * {@code Content-Type: text/csv}) is spooled to a temporary file, never held in memory, and each
   * household's result is written as one JSON line as soon as it is computed. A bad household is
   * reported on its own line ({@code {"line": n, "problem": …}}) and the others go on; the last line
   * is {@code {"summary": {"households": n, "errors": m}}}.
   */
  @PostMapping(path = "/calculate/batch", consumes = {NDJSON, "application/jsonl", "application/json", "text/csv"},
      produces = NDJSON)
  void batch(HttpServletRequest request, HttpServletResponse response, @RequestParam("month") String monthText,
      @RequestParam(name = "explanation", required = false) String explanation,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) throws IOException {
    Locale locale = ResultJson.locale(language);
    YearMonth month;
    try {
      month = YearMonth.parse(monthText);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("month", monthText, "not a month of the form yyyy-MM");
    }
    ResultJson.Explain explain = ResultJson.Explain.parse(explanation, ResultJson.Explain.NONE);
    boolean csv = request.getContentType() != null && request.getContentType().startsWith("text/csv");
    Path spool = spool(request);
    try {
      response.setStatus(200);
      response.setContentType(NDJSON);
      response.setCharacterEncoding("UTF-8");
      OutputStream out = response.getOutputStream();
      try (JsonGenerator g = input.mapper().getFactory().createGenerator(new NoCloseStream(out))) {
        g.setRootValueSeparator(null);
        Batch batch = new Batch(g, month, locale, explain);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(spool), 1 << 16)) {
          if (csv) {
            batch.csv(in);
          } else {
            batch.lines(in);
          }
        }
        batch.summary();
      }
      out.flush();
    } catch (IOException e) {
      // the client went away mid-stream: stop calculating; nothing was recorded
      log.info("batch stopped: the client closed the connection ({})", e.getClass().getSimpleName());
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  private Path spool(HttpServletRequest request) throws IOException {
    long limit = settings.getMaxBatchBytes();
    if (request.getContentLengthLong() > limit) {
      throw JsonInput.tooLarge(request.getContentLengthLong(), limit);
    }
    Path folder = settings.getSpoolFolder();
    if (folder != null) {
      Files.createDirectories(folder);
    }
    Path file = folder == null ? Files.createTempFile("minzheng-batch-", ".spool")
        : Files.createTempFile(folder, "minzheng-batch-", ".spool");
    try (InputStream in = request.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buffer)) >= 0;) {
        total += n;
        if (total > limit) {
          throw ApiProblem.of(413, "Request body too large", "", "more than " + limit + " bytes",
              "the batch is larger than the limit of " + limit + " bytes (minzheng.server.max-batch-bytes)");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return file;
  }

  /** One batch's writer: a result or a problem per household, flushed every so often. */
  private final class Batch {
    private final JsonGenerator g;
    private final YearMonth month;
    private final Locale locale;
    private final ResultJson.Explain explain;
    private long answered;
    private long errors;

    Batch(JsonGenerator g, YearMonth month, Locale locale, ResultJson.Explain explain) {
      this.g = g;
      this.month = month;
      this.locale = locale;
      this.explain = explain;
    }

    /** JSON lines: each line parsed and checked as it is reached; a bad line is reported and skipped. */
    void lines(InputStream in) throws IOException {
      LineReader reader = new LineReader(in, settings.getMaxLineBytes());
      each(() -> {
        byte[] line;
        while ((line = reader.next()) != null) {
          if (reader.tooLong()) {
            problem(reader.number(), "", String.valueOf(reader.length()), "the line is longer than "
                + settings.getMaxLineBytes() + " bytes (minzheng.server.max-line-bytes)");
            continue;
          }
          if (isBlank(line, reader.length())) {
            continue;
          }
          try {
            JsonNode node = input.tree(java.util.Arrays.copyOf(line, reader.length()), "");
            if (!node.isObject()) {
              throw ApiProblem.badRequest("", node.getNodeType().name().toLowerCase(Locale.ROOT),
                  "a household object is required");
            }
            input.checkMembers(node, "");
            Household h = input.bind(node, "", Household.class);
            pending.add(reader.number());
            return h;
          } catch (ApiProblem.ApiException e) {
            ApiProblem.FieldError f = e.problem().errors().get(0);
            problem(reader.number(), f.field(), f.value(), f.message());
          }
        }
        return null;
      });
    }

    private boolean isBlank(byte[] line, int length) {
      for (int i = 0; i < length; i++) {
        if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
          return false;
        }
      }
      return true;
    }

    /** The household CSV: a household whose rows are invalid is reported and skipped. */
    void csv(InputStream in) throws IOException {
      HouseholdCsv.Cursor cursor;
      try {
        cursor = HouseholdCsv.read(new InputStreamReader(in, UTF_8), "body");
      } catch (MinzhengException e) {
        throw ApiProblem.badRequest("", "", JsonInput.firstLine(e.getMessage()));
      }
      long[] number = {0};
      try (cursor) {
        each(() -> {
          while (cursor.hasNext()) {
            number[0]++;
            Household h;
            try {
              h = cursor.next();
            } catch (MinzhengException | IllegalArgumentException e) {
              problem(number[0], "", "", e.getMessage());
              continue;
            }
            if (h.members().size() > settings.getMaxMembers()) {
              problem(number[0], "members", h.members().size() + " members",
                  "a household may have at most " + settings.getMaxMembers() + " members");
              continue;
            }
            pending.add(number[0]);
            return h;
          }
          return null;
        });
      }
    }

    /** The next household, or null at the end; may write problems for the lines it skips. */
    private interface Source {
      Household next() throws IOException;
    }

    /** Line numbers of the households handed to the calculator and not yet answered, in order. */
    private final java.util.ArrayDeque<Long> pending = new java.util.ArrayDeque<>();

    /**
     * Runs the calculator's streaming batch (which reuses resolved standards) over the source; its
     * results and errors come back in input order, so each pairs with the oldest pending line.
     */
    private void each(Source source) throws IOException {
      Iterable<Household> households = () -> new java.util.Iterator<>() {
        private Household next;

        @Override
        public boolean hasNext() {
          if (next == null) {
            try {
              next = source.next();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
          return next != null;
        }

        @Override
        public Household next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          Household h = next;
          next = null;
          return h;
        }
      };
      try {
        calculations.each(households, month, explain != ResultJson.Explain.NONE, new BenefitCalculator.BatchSink() {
          @Override
          public void result(HouseholdResult r) {
            try {
              answered++;
              g.writeStartObject();
              g.writeNumberField("line", pending.removeFirst());
              g.writeFieldName("result");
              ResultJson.write(g, r, locale, explain);
              g.writeEndObject();
              g.writeRaw('\n');
              if (answered % 256 == 0) {
                g.flush();
              }
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }

          @Override
          public void error(BatchError e) {
            try {
              problem(pending.removeFirst(), "", e.householdId(), String.join("; ", e.problems()));
            } catch (IOException x) {
              throw new java.io.UncheckedIOException(x);
            }
          }
        });
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private void problem(long number, String field, String value, String message) throws IOException {
      errors++;
      g.writeStartObject();
      g.writeNumberField("line", number);
      g.writeObjectFieldStart("problem");
      g.writeStringField("field", field);
      g.writeStringField("value", value);
      g.writeStringField("message", JsonInput.firstLine(String.valueOf(message)));
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
    }

    void summary() throws IOException {
      g.writeStartObject();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("households", answered);
      g.writeNumberField("errors", errors);
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }
  }

  /** Lets the generator be closed without closing the servlet's stream. */
  private static final class NoCloseStream extends java.io.FilterOutputStream {
    NoCloseStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
