package org.minzheng.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.minzheng.json.MinzhengJson;
import org.minzheng.payout.EnrolledHousehold;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.PayoutRun;
import org.minzheng.payout.RunSummary;
import org.minzheng.report.ReportAggregator;
import org.minzheng.household.TemporaryAssistanceCase;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payroll: {@code POST /api/v1/payroll/runs} pays one month of the embedded synthetic caseload into
 * the ledger; {@code GET /api/v1/payroll/runs/{id}} and {@code …/{id}/report} read it back. The
 * start is idempotent by its {@code Idempotency-Key} header: every request with one key gets the
 * same run, and concurrent requests with one key start exactly one (the ledger, in turn, never
 * records a payment twice). {@link ApiTokenFilter} guards these endpoints.
 */
@RestController
@RequestMapping(path = "/api/v1/payroll", produces = MediaType.APPLICATION_JSON_VALUE)
final class PayrollController {
  private static final Logger log = LoggerFactory.getLogger(PayrollController.class);

  /** A run as started: its id, key, month and summaries (one for the households, one for approved cases). */
  record Run(String id, String idempotencyKey, YearMonth month, Instant finished, List<RunSummary> summaries) {}

  private final Calculations calculations;
  private final Ledger ledger;
  private final JsonInput input;
  private final Map<String, Run> byKey = new ConcurrentHashMap<>();
  private final Map<String, Run> byId = new ConcurrentHashMap<>();
  private final AtomicLong next = new AtomicLong();

  PayrollController(Calculations calculations, Ledger ledger, JsonInput input) {
    this.calculations = calculations;
    this.ledger = ledger;
    this.input = input;
  }

  /** {@code {"month": "2020-09"}} with an {@code Idempotency-Key} header; 201 for a new run, 200 for a repeat. */
  @PostMapping("/runs")
  ResponseEntity<byte[]> start(HttpServletRequest request,
      @RequestHeader(name = "Idempotency-Key") String key) throws IOException {
    if (key.isBlank() || key.length() > 200) {
      throw ApiProblem.badRequest("Idempotency-Key", key.length() > 200 ? key.substring(0, 200) + "…" : key,
          "must be 1 to 200 characters");
    }
    JsonNode body = input.tree(input.body(request), "");
    YearMonth month = CalculateController.month(body.path("month"), "month");
    boolean[] created = {false};
    Run run = byKey.computeIfAbsent(key, k -> {
      created[0] = true;
      return pay(k, month);
    });
    if (!run.month().equals(month)) {
      throw ApiProblem.of(409, "Idempotency key reused", "month", month.toString(),
          "the key " + key + " already started the run " + run.id() + " for " + run.month());
    }
    return ResponseEntity.status(created[0] ? 201 : 200).contentType(MediaType.APPLICATION_JSON)
        .header("Location", "/api/v1/payroll/runs/" + run.id())
        .body(MinzhengJson.mapper().writeValueAsBytes(run));
  }

  private Run pay(String key, YearMonth month) {
    String id = "run-" + next.incrementAndGet();
    PayoutRun payout = PayoutRun.of(calculations.plain());
    List<RunSummary> summaries = new ArrayList<>();
    List<TemporaryAssistanceCase> cases = new ArrayList<>();
    PingdingshanCaseload caseload = PingdingshanCaseload.sample();
    List<EnrolledHousehold> households = new ArrayList<>();
    for (CaseloadHousehold h : caseload) {
      households.add(new EnrolledHousehold(h.household(), h.enrollments()));
      h.temporaryAssistance().filter(c -> YearMonth.from(c.approvalDate()).equals(month)).ifPresent(cases::add);
    }
    synchronized (ledger) {
      summaries.add(payout.pay(month, households, ledger));
      if (!cases.isEmpty()) {
        summaries.add(payout.payCases(month, cases, ledger));
      }
    }
    Run run = new Run(id, key, month, Instant.now(calculations.clock()), List.copyOf(summaries));
    byId.put(id, run);
    log.info("payroll {} for {}: {} lines recorded", id, month,
        summaries.stream().mapToLong(RunSummary::linesRecorded).sum());
    return run;
  }

  @GetMapping("/runs/{id}")
  ResponseEntity<byte[]> summary(@PathVariable("id") String id) throws IOException {
    return StandardsController.json(run(id));
  }

  /** The bureau's report (report.json of the command line) over the ledger's lines of the run's month. */
  @GetMapping("/runs/{id}/report")
  ResponseEntity<byte[]> report(@PathVariable("id") String id) throws IOException {
    Run run = run(id);
    ReportAggregator aggregator = new ReportAggregator();
    ledger.forEachLine(line -> {
      if (line.runMonth().equals(run.month())) {
        aggregator.accept(line);
      }
    });
    StringWriter w = new StringWriter();
    aggregator.build().writeJson(w);
    ObjectNode o = MinzhengJson.mapper().createObjectNode();
    o.put("run", run.id()).put("month", run.month().toString());
    o.set("report", MinzhengJson.mapper().readTree(w.toString()));
    return StandardsController.json(o);
  }

  private Run run(String id) {
    Run run = byId.get(id);
    if (run == null) {
      throw ApiProblem.of(404, "Unknown run", "id", id, "no payroll run has this id");
    }
    return run;
  }
}
