package org.minzheng.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.ByteSource;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.ReformCosting;
import org.minzheng.reform.ReformOverlay;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.Money;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;
import org.minzheng.testkit.cases.CaseFiles;
import org.minzheng.testkit.cases.CaseResult;
import org.minzheng.testkit.cases.CaseRunner;
import org.minzheng.testkit.cases.TestCase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/simulate} (a reform's costing, as {@code minzheng simulate --format json}
 * prints it) and {@code POST /api/v1/cases/check} (declarative test cases, the runner's report).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
final class ToolsController {
  private final Calculations calculations;
  private final JsonInput input;
  private final CaseRunner runner = CaseRunner.installed();

  ToolsController(Calculations calculations, JsonInput input) {
    this.calculations = calculations;
    this.input = input;
  }

  /** What {@code POST /simulate} answers: the fields of {@code minzheng simulate --format json}. */
  record Simulation(String reform, String title, YearMonth month, String caseload, ReformCosting.Result result,
      List<ReformCosting.Line> schemeTotals, Money baselineTotal, Money reformTotal, Money difference) {}

  /**
   * {@code {"reform": <standards document of the changed values>, "month": "2020-09",
   * "households": [...]}}; without {@code households}, the embedded synthetic sample caseload.
   */
  @PostMapping("/simulate")
  ResponseEntity<byte[]> simulate(HttpServletRequest request) throws IOException {
    JsonNode body = input.tree(input.body(request), "");
    YearMonth month = CalculateController.month(body.path("month"), "month");
    JsonNode reformNode = body.path("reform");
    if (!reformNode.isObject()) {
      throw ApiProblem.badRequest("reform", "", "a standards document of the changed values is required");
    }
    ReformOverlay overlay;
    StandardsRegistry reformed;
    try {
      overlay = ReformOverlay.read("reform", ByteSource.wrap(MinzhengJson.mapper().writeValueAsBytes(reformNode)));
      reformed = overlay.applyTo(calculations.registry());
    } catch (StandardsConfigurationException e) {
      throw ApiProblem.badRequest("reform", "", JsonInput.firstLine(e.getMessage()));
    }
    ReformCosting costing = ReformCosting.of(calculations.plain(), calculations.plain(reformed), month);
    String caseload;
    JsonNode households = body.path("households");
    if (households.isArray()) {
      caseload = "request (" + households.size() + " households)";
      for (int i = 0; i < households.size(); i++) {
        input.checkMembers(households.get(i), "households[" + i + "]");
        costing.add(input.bind(households.get(i), "households[" + i + "]", Household.class));
      }
    } else {
      PingdingshanCaseload sample = PingdingshanCaseload.sample();
      caseload = "synthetic sample (seed " + sample.seed() + ", scale " + sample.scale() + ")";
      for (CaseloadHousehold h : sample) {
        costing.add(h.household(), h.temporaryAssistance()
            .filter(c -> YearMonth.from(c.approvalDate()).equals(month)).stream().toList());
      }
    }
    ReformCosting.Result r = costing.result();
    List<ReformCosting.Line> totals = r.lines().stream().map(ReformCosting.Line::scheme).distinct().map(r::total).toList();
    return StandardsController.json(new Simulation(overlay.id(), overlay.override().title(), month, caseload, r, totals,
        r.baselineTotal(), r.reformTotal(), r.reformTotal().minus(r.baselineTotal())));
  }

  /**
   * Declarative cases (testkit/CASES.md) as YAML ({@code application/yaml}, several separated by
   * {@code ---}) or JSON; answers each case's result and {@code passed}/{@code failed} counts.
   */
  @PostMapping(path = "/cases/check", consumes = {"application/yaml", "application/x-yaml", "text/yaml",
      MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE})
  ResponseEntity<byte[]> check(HttpServletRequest request,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) throws IOException {
    Locale locale = ResultJson.locale(language);
    String text = new String(input.body(request), UTF_8);
    boolean json = request.getContentType() != null && request.getContentType().startsWith(MediaType.APPLICATION_JSON_VALUE);
    List<TestCase> cases;
    try {
      cases = CaseFiles.parse(json ? "request.json" : "request.yaml", text);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("", "", JsonInput.firstLine(e.getMessage()));
    }
    CaseRunner r = runner.reportingIn(locale);
    ObjectNode o = MinzhengJson.mapper().createObjectNode();
    ArrayNode results = o.putArray("results");
    int passed = 0;
    for (TestCase c : cases) {
      CaseResult result = r.run(c.name(), c);
      passed += result.passed() ? 1 : 0;
      ObjectNode n = results.addObject().put("name", result.name()).put("passed", result.passed());
      result.problems().forEach(n.putArray("problems")::add);
      n.put("report", result.report());
    }
    o.put("passed", passed).put("failed", cases.size() - passed);
    return StandardsController.json(o);
  }
}
