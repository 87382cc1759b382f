package org.minzheng.server;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.Household;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.HouseholdResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/calculate/batch}: many households (JSON lines, or the household CSV with
 * {@code Content-Type: text/csv}), results streamed out as JSON lines.
 *
 * <p>The body is spooled to a temporary file, never held in memory; a parser thread reads it
 * ({@link BatchInput}) while the request's thread calculates and writes, each household's line as soon
 * as it is computed. A bad household is reported on its own line ({@code {"line": n, "problem": …}})
 * and the others go on; the last line is the summary. Two output forms ({@code form=}):
 * <ul>
 *   <li>{@code full} (the default): {@code {"line": n, "result": <the /calculate answer>}} per household
 *       ({@link FullLines});
 *   <li>{@code payout}: what a payroll needs, about a tenth of the bytes, from core's payout form
 *       ({@link PayoutLines}).
 * </ul>
 */
@RestController
@RequestMapping("/api/v1")
final class BatchController {
  private static final Logger log = LoggerFactory.getLogger(BatchController.class);
  static final String NDJSON = "application/x-ndjson";

  private final Calculations calculations;
  private final JsonInput input;
  private final ServerSettings settings;

  BatchController(Calculations calculations, JsonInput input, ServerSettings settings) {
    this.calculations = calculations;
    this.input = input;
    this.settings = settings;
  }

  /** The output form of a batch. */
  enum Form {
    /** every result, as {@code /calculate} answers it */
    FULL,
    /** per household: the ELIGIBLE results' payments, counts of the others, the UNDETERMINED results' missing facts */
    PAYOUT;

    static Form parse(String s) {
      if (s == null || s.isBlank()) {
        return FULL;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "full" -> FULL;
        case "payout" -> PAYOUT;
        default -> throw ApiProblem.badRequest("form", s, "must be one of full, payout");
      };
    }
  }

  @PostMapping(path = "/calculate/batch", consumes = {NDJSON, "application/jsonl", "application/json", "text/csv"},
      produces = NDJSON)
  void batch(HttpServletRequest request, HttpServletResponse response, @RequestParam("month") String monthText,
      @RequestParam(name = "explanation", required = false) String explanation,
      @RequestParam(name = "form", required = false) String formText,
      @RequestParam(name = "knowledgeDate", required = false) String knowledgeDateText,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) throws IOException {
    Locale locale = ResultJson.locale(language);
    YearMonth month;
    try {
      month = YearMonth.parse(monthText);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("month", monthText, "not a month of the form yyyy-MM");
    }
    Optional<LocalDate> knownOn = knowledgeDate(knowledgeDateText);
    Form form = Form.parse(formText);
    ResultJson.Explain explain = ResultJson.Explain.parse(explanation, ResultJson.Explain.NONE);
    if (form == Form.PAYOUT && explain != ResultJson.Explain.NONE) {
      throw ApiProblem.badRequest("explanation", explanation, "the payout form has no explanations; use form=full");
    }
    boolean csv = request.getContentType() != null && request.getContentType().startsWith("text/csv");
    Path spool = spool(request);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(spool), 1 << 16)) {
      BatchInput.Parser parser = csv ? BatchInput.csv(in, settings) : BatchInput.jsonLines(in, input, settings);
      response.setStatus(200);
      response.setContentType(NDJSON);
      response.setCharacterEncoding("UTF-8");
      OutputStream out = response.getOutputStream();
      try (JsonGenerator g = input.mapper().getFactory().createGenerator(new NoCloseStream(out));
          BatchInput rows = BatchInput.start(parser)) {
        g.setRootValueSeparator(null);
        Lines lines = form == Form.PAYOUT ? new PayoutLines(g, calculations, month, knownOn)
            : new FullLines(g, locale, explain);
        try {
          if (lines instanceof PayoutLines p) {
            calculations.payouts(lines.households(rows), month, knownOn, p);
          } else {
            calculations.each(lines.households(rows), month, knownOn, explain != ResultJson.Explain.NONE,
                (FullLines) lines);
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        lines.summary();
      }
      out.flush();
    } catch (IOException e) {
      // the client went away mid-stream: stop calculating; nothing was recorded
      log.info("batch stopped: the client closed the connection ({})", e.getClass().getSimpleName());
    } finally {
      Files.deleteIfExists(spool);
    }
  }

  /** A batch's knowledge date (rules.md §11): absent, today. */
  private static Optional<LocalDate> knowledgeDate(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("knowledgeDate", text, "not a date of the form yyyy-MM-dd");
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

  /**
   * What both forms share: the rows handed to the calculator and not yet answered (the calculator
   * answers in input order, one household at a time, so each answer pairs with the oldest), problem
   * lines, the summary, and a flush every 256 households.
   */
  abstract static class Lines {
    final JsonGenerator g;
    private final ArrayDeque<BatchInput.Row> pending = new ArrayDeque<>();
    long answered;
    long errors;

    Lines(JsonGenerator g) {
      this.g = g;
    }

    /**
     * The households of {@code rows} for the calculator; a row's problem is written in its place as the
     * calculator reaches it.
     */
    final Iterable<Household> households(BatchInput rows) {
      return () -> new Iterator<>() {
        private Household next;

        @Override
        public boolean hasNext() {
          try {
            while (next == null) {
              BatchInput.Row r = rows.next();
              if (r == null) {
                return false;
              }
              if (r.problem() != null) {
                problem(r.line(), r.problem().field(), r.problem().value(), r.problem().message());
              } else {
                pending.addLast(r);
                next = r.household();
              }
            }
            return true;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public Household next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Household h = next;
          next = null;
          return h;
        }
      };
    }

    /** The oldest row handed to the calculator and not yet answered: the one an answer is about. */
    final BatchInput.Row answer() {
      return pending.removeFirst();
    }

    /** Ends a household's line, flushing every so often so that the client sees results as they come. */
    final void endLine() throws IOException {
      g.writeRaw('\n');
      if (++answered % 256 == 0) {
        g.flush();
      }
    }

    final void problem(long number, String field, String value, String message) throws IOException {
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

    /** A household the calculator refused: its problem line. */
    final void refused(BatchError e) {
      try {
        problem(answer().line(), "", e.householdId(), String.join("; ", e.problems()));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    /** The last line: {@code {"summary": {"households", "errors", …}}}. */
    final void summary() throws IOException {
      g.writeStartObject();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("households", answered);
      g.writeNumberField("errors", errors);
      summaryFields();
      g.writeEndObject();
      g.writeEndObject();
      g.writeRaw('\n');
      g.flush();
    }

    /** Fields a form adds to the summary. */
    void summaryFields() throws IOException {}
  }

  /** The full form: {@code {"line": n, "result": {…}}}, the result as {@code /calculate} answers it. */
  static final class FullLines extends Lines implements BenefitCalculator.BatchSink {
    private final Locale locale;
    private final ResultJson.Explain explain;

    FullLines(JsonGenerator g, Locale locale, ResultJson.Explain explain) {
      super(g);
      this.locale = locale;
      this.explain = explain;
    }

    @Override
    public void result(HouseholdResult r) {
      try {
        g.writeStartObject();
        g.writeNumberField("line", answer().line());
        g.writeFieldName("result");
        ResultJson.write(g, r, locale, explain);
        g.writeEndObject();
        endLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void error(BatchError e) {
      refused(e);
    }
  }

  /** Lets the generator be closed without closing the servlet's stream. */
  private static final class NoCloseStream extends FilterOutputStream {
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
