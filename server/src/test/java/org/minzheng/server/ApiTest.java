package org.minzheng.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.server.ServerTestSupport.README_HOUSEHOLD;
import static org.minzheng.server.ServerTestSupport.TOKEN;
import static org.minzheng.server.ServerTestSupport.get;
import static org.minzheng.server.ServerTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minzheng.json.MinzhengJson;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The JSON API over HTTP, against the real server on a random port. */
@ExtendWith(OutputCaptureExtension.class)
class ApiTest extends ServerTestBase {

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return MinzhengJson.mapper().readTree(r.body());
  }

  private HttpResponse<String> calculate(String body, String... headers) throws Exception {
    return post(port, "/api/v1/calculate", "application/json", body, headers);
  }

  private static void assertProblem(HttpResponse<String> r, int status, String field, String value) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
    JsonNode p = json(r);
    assertThat(p.path("status").asInt()).isEqualTo(status);
    assertThat(p.path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(p.path("errors").get(0).path("value").asText()).isEqualTo(value);
  }

  @Test
  void theReadmeHouseholdInChineseByDefaultAndInEnglishOnRequest() throws Exception {
    HttpResponse<String> zh = calculate(README_HOUSEHOLD);
    assertThat(zh.statusCode()).as(zh.body()).isEqualTo(200);
    JsonNode z = json(zh);
    JsonNode dibao = z.path("results").get(0);
    assertThat(dibao.path("scheme").asText()).isEqualTo("DIBAO");
    assertThat(dibao.path("outcome").asText()).isEqualTo("ELIGIBLE");
    assertThat(dibao.path("amount").asText()).isEqualTo("306.67");
    assertThat(dibao.path("schemeName").asText()).isEqualTo("最低生活保障");
    assertThat(dibao.path("explanation").asText()).contains("平民〔2020〕5号", "570.00");
    assertThat(z.path("total").asText()).isEqualTo("306.67");

    JsonNode en = json(calculate(README_HOUSEHOLD, "Accept-Language", "en-US,en;q=0.9"));
    assertThat(en.path("language").asText()).isEqualTo("en");
    assertThat(en.path("results").get(0).path("explanation").asText()).contains("urban standard");
  }

  @Test
  void aKnowledgeDateIsAppliedAndNamedInTheResultAndTheExplanation() throws Exception {
    String asOf = README_HOUSEHOLD.replace("\"month\": \"2020-10\"", "\"month\": \"2020-10\", \"knowledgeDate\": \"%s\"");
    HttpResponse<String> known = calculate(asOf.formatted("2020-10-15"), "Accept-Language", "en");
    assertThat(known.statusCode()).as(known.body()).isEqualTo(200);
    JsonNode k = json(known);
    assertThat(k.path("knowledgeDate").asText()).isEqualTo("2020-10-15");
    assertThat(k.path("total").asText()).isEqualTo("306.67");
    assertThat(k.path("results").get(0).path("explanation").asText()).contains("as known on 2020-10-15");
    assertThat(json(calculate(README_HOUSEHOLD)).has("knowledgeDate")).as("today is not named").isFalse();

    // standards-2020's 2020 values are published 2020-01-01: on 2019-06-30 nothing for October 2020 was known
    HttpResponse<String> early = calculate(asOf.formatted("2019-06-30"));
    assertProblem(early, 400, "knowledgeDate", "2019-06-30");
    assertThat(json(early).path("detail").asText()).contains("2019-06-30");
    assertProblem(calculate(asOf.formatted("2020-13-01")), 400, "knowledgeDate", "2020-13-01");
  }

  @Test
  void standardsShowPublicationDatesSupersessionAndResolveAsKnownOnADate() throws Exception {
    JsonNode all = json(get(port, "/api/v1/standards"));
    JsonNode module = all.path("modules").get(0);
    assertThat(module.has("published")).isTrue();
    assertThat(module.path("supersedes").isArray()).isTrue();
    JsonNode values = json(get(port, "/api/v1/standards?region=410402&date=2020-10-01")).path("values");
    assertThat(values.size()).isPositive();
    values.forEach(v -> assertThat(v.path("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}"));

    String urban = "/api/v1/standards/dibao.standard.urban?region=410402&date=2020-10-01";
    JsonNode value = json(get(port, urban + "&knownOn=2020-10-01"));
    assertThat(value.path("value").asText()).contains("570");
    assertThat(value.path("published").asText()).isEqualTo("2020-01-01");
    HttpResponse<String> unknown = get(port, urban + "&knownOn=2019-06-30");
    assertProblem(unknown, 404, "parameter", "dibao.standard.urban");
    assertThat(json(unknown).path("detail").asText()).contains("as known on 2019-06-30");
  }

  @Test
  void structuredStepsWhenAsked() throws Exception {
    JsonNode r = json(calculate(README_HOUSEHOLD.replace("\"month\": \"2020-10\"", "\"month\": \"2020-10\", \"explanation\": \"steps\"")));
    JsonNode steps = r.path("results").get(0).path("steps");
    assertThat(steps.isArray() && steps.size() > 0).isTrue();
    assertThat(steps.toString()).contains("dibao.standard.urban");
    assertThat(r.path("results").get(0).has("explanation")).isFalse();
  }

  @Test
  void explanationNoneKeepsOnlyCodes() throws Exception {
    JsonNode r = json(calculate(README_HOUSEHOLD.replace("\"month\": \"2020-10\"", "\"month\": \"2020-10\", \"explanation\": \"none\"")));
    JsonNode dibao = r.path("results").get(0);
    assertThat(dibao.path("amount").asText()).isEqualTo("306.67");
    assertThat(dibao.has("explanation") || dibao.has("steps") || dibao.has("schemeName")).isFalse();
    assertThat(r.path("results").get(1).path("reasons").get(0).has("text")).isFalse();
    assertProblem(calculate(README_HOUSEHOLD.replace("\"month\": \"2020-10\"", "\"month\": \"2020-10\", \"explanation\": \"all\"")),
        400, "explanation", "all");
  }

  @Test
  void malformedJsonIsA400NamingTheLocation() throws Exception {
    HttpResponse<String> r = calculate("{\"month\": \"2020-10\", \"household\": {");
    assertProblem(r, 400, "", "");
    assertThat(json(r).path("detail").asText()).contains("malformed JSON", "line 1");
  }

  @Test
  void wrongTypesNameTheFieldPathAndValue() throws Exception {
    assertProblem(calculate(README_HOUSEHOLD.replace("\"URBAN\"", "\"URBN\"")), 400, "household.residenceType", "URBN");
    assertProblem(calculate(README_HOUSEHOLD.replace("\"2020-10\"", "2020")), 400, "month", "2020");
    assertProblem(calculate(README_HOUSEHOLD.replace("\"hasCapableSupporter\": true}]", "\"hasCapableSupporter\": \"maybe\"}]")),
        400, "household.members[1].hasCapableSupporter", "maybe");
    assertProblem(calculate(README_HOUSEHOLD.replace("410402198203150023", "410402198203150024")),
        400, "household.members[1].id", "410402198203150024");
    assertProblem(calculate(README_HOUSEHOLD.replace("\"10000.00\"", "10000.5")),
        400, "household.members[0].incomes[0].amount", "10000.5");
  }

  @Test
  void giantNumbersAreRefusedAtOnce() throws Exception {
    long start = System.nanoTime();
    assertProblem(calculate(README_HOUSEHOLD.replace("\"10000.00\"", "1E+999999999")),
        400, "household.members[0].incomes[0].amount", "1E+999999999");
    assertProblem(calculate(README_HOUSEHOLD.replace("\"10000.00\"", "1" + "0".repeat(90))),
        400, "household.members[0].incomes[0].amount", "1" + "0".repeat(39) + "…");
    HttpResponse<String> longLiteral = calculate(README_HOUSEHOLD.replace("\"10000.00\"", "1" + "0".repeat(5000)));
    assertThat(longLiteral.statusCode()).isEqualTo(400);
    assertThat(json(longLiteral).path("detail").asText()).contains("exceeds a limit");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void hugeBodiesAre413() throws Exception {
    String huge = "{\"month\": \"2020-10\", \"pad\": \"" + "x".repeat(1_200_000) + "\"}";
    HttpResponse<String> r = calculate(huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).path("detail").asText()).contains("max-body-bytes");
  }

  @Test
  void tenThousandMemberHouseholdsAreRefusedNamingTheField() throws Exception {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      members.append(i == 0 ? "" : ",").append("{\"id\":\"410402198001010014\"}");
    }
    String body = "{\"month\":\"2020-10\",\"household\":{\"id\":\"big\",\"region\":\"410402\",\"residenceType\":\"URBAN\","
        + "\"members\":[" + members + "]}}";
    assertProblem(calculate(body), 400, "household.members", "10000 members");
  }

  @Test
  void unknownRegionAndBadMonth() throws Exception {
    assertProblem(calculate(README_HOUSEHOLD.replace("\"region\": \"410402\"", "\"region\": \"110105\"")), 400,
        "household.region", "110105");
    assertProblem(calculate(README_HOUSEHOLD.replace("\"2020-10\"", "\"2020-13\"")), 400, "month", "2020-13");
  }

  @Test
  void standardsListModulesAndOneParameterWithProvenance() throws Exception {
    JsonNode all = json(get(port, "/api/v1/standards"));
    assertThat(all.path("modules").get(0).path("id").asText()).isEqualTo("standards-2020");
    assertThat(all.path("regions").toString()).contains("410402");
    JsonNode v = json(get(port, "/api/v1/standards/dibao.standard.urban?region=410402&date=2020-10-01"));
    assertThat(v.path("value").asText()).isEqualTo("570.00");
    assertThat(v.path("document").path("documentNumber").asText()).isEqualTo("平民〔2020〕5号");
    assertThat(v.path("module").asText()).isEqualTo("standards-2020");
    assertThat(v.path("suppliedBy").asText()).isEqualTo("410400");
    JsonNode values = json(get(port, "/api/v1/standards?region=410402&date=2020-10-01")).path("values");
    assertThat(values.size()).isGreaterThan(10);
    assertProblem(get(port, "/api/v1/standards/no.such?region=410402&date=2020-10-01"), 404, "parameter", "no.such");
    assertProblem(get(port, "/api/v1/standards/dibao.standard.urban?region=410402&date=2020-10-32"), 400, "date", "2020-10-32");
  }

  @Test
  void simulateCostsTheSampleReform() throws Exception {
    String reform;
    try (InputStream in = getClass().getResourceAsStream("/org/minzheng/examples/reform-urban-600.json")) {
      reform = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    HttpResponse<String> r = post(port, "/api/v1/simulate", "application/json",
        "{\"month\": \"2020-09\", \"reform\": " + reform + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode o = json(r);
    assertThat(o.path("caseload").asText()).startsWith("synthetic sample");
    assertThat(new java.math.BigDecimal(o.path("difference").asText())).isPositive();
    assertProblem(post(port, "/api/v1/simulate", "application/json", "{\"month\": \"2020-09\"}"), 400, "reform", "");
  }

  @Test
  void casesCheckReportsPassesAndFailures() throws Exception {
    String yaml = """
        name: passes
        month: 2020-10
        household: {id: h1, region: "410402", residenceType: URBAN, assetsWithinLimits: true,
          members: [{id: "410402198001010014", hasCapableSupporter: true}]}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "570.00"}]
        ---
        name: fails
        month: 2020-10
        household: {id: h2, region: "410402", residenceType: URBAN, assetsWithinLimits: true,
          members: [{id: "410402198001010014", hasCapableSupporter: true}]}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "571.00"}]
        """;
    JsonNode r = json(post(port, "/api/v1/cases/check", "application/yaml", yaml, "Accept-Language", "en"));
    assertThat(r.path("passed").asInt()).isEqualTo(1);
    assertThat(r.path("failed").asInt()).isEqualTo(1);
    assertThat(r.path("results").get(1).path("report").asText()).contains("FAIL", "571.00", "570.00");
  }

  @Test
  void payrollNeedsTheToken() throws Exception {
    String body = "{\"month\": \"2020-09\"}";
    HttpResponse<String> none = post(port, "/api/v1/payroll/runs", "application/json", body, "Idempotency-Key", "a");
    assertProblem(none, 401, "Authorization", "");
    assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
    assertProblem(post(port, "/api/v1/payroll/runs", "application/json", body, "Idempotency-Key", "a",
        "Authorization", "Bearer wrong"), 403, "Authorization", "Bearer ***");
    assertProblem(get(port, "/api/v1/payroll/runs/run-1"), 401, "Authorization", "");
  }

  @Test
  void concurrentPayrollStartsWithOneKeyRecordExactlyOneRun() throws Exception {
    String key = "key-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Callable<HttpResponse<String>> start = () -> post(port, "/api/v1/payroll/runs", "application/json",
            "{\"month\": \"2020-07\"}", "Idempotency-Key", key, "Authorization", "Bearer " + TOKEN);
        answers.add(pool.submit(start));
      }
      List<String> ids = new ArrayList<>();
      int created = 0;
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        created += r.statusCode() == 201 ? 1 : 0;
        ids.add(json(r).path("id").asText());
      }
      assertThat(created).isEqualTo(1);
      assertThat(ids).containsOnly(ids.get(0));
      String id = ids.get(0);
      String auth = "Bearer " + TOKEN;
      JsonNode run = json(get(port, "/api/v1/payroll/runs/" + id, "Authorization", auth));
      assertThat(run.path("summaries").get(0).path("linesRecorded").asLong()).isPositive();
      JsonNode report = json(get(port, "/api/v1/payroll/runs/" + id + "/report", "Authorization", auth));
      assertThat(report.path("report").toString()).contains("DIBAO");
      // one run for 2020-07 in the ledger, whatever the number of requests
      try (Stream<String> lines = Files.lines(ServerTestSupport.DATA.resolve("ledger/payouts.ledger"))) {
        assertThat(lines.filter(l -> l.contains("2020-07")).count()).isPositive();
      }
      assertProblem(post(port, "/api/v1/payroll/runs", "application/json", "{\"month\": \"2020-08\"}",
          "Idempotency-Key", key, "Authorization", auth), 409, "month", "2020-08");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void batchJsonLinesReportsBadRowsAndGoesOn() throws Exception {
    String good = README_HOUSEHOLD.substring(README_HOUSEHOLD.indexOf("\"household\": ") + 13, README_HOUSEHOLD.length() - 1)
        .replace("\n", " ");
    String body = good + "\n{broken\n" + good.replace("\"URBAN\"", "\"URBN\"") + "\n\n" + good + "\n";
    HttpResponse<String> r = post(port, "/api/v1/calculate/batch?month=2020-10", "application/x-ndjson", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(json(lines.get(0)).path("result").path("total").asText()).isEqualTo("306.67");
    assertThat(json(lines.get(1)).path("line").asInt()).isEqualTo(2);
    assertThat(json(lines.get(1)).path("problem").path("message").asText()).contains("malformed JSON");
    assertThat(json(lines.get(2)).path("problem").path("field").asText()).isEqualTo("residenceType");
    assertThat(json(lines.get(3)).path("line").asInt()).as(r.body()).isEqualTo(5);
    assertThat(json(lines.get(4)).path("summary").path("errors").asInt()).isEqualTo(2);
  }

  @Test
  void batchCsv() throws Exception {
    String csv = Files.readString(java.nio.file.Path.of("../examples/samples/households.csv"));
    HttpResponse<String> r = post(port, "/api/v1/calculate/batch?month=2020-09", "text/csv", csv);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> lines = r.body().lines().toList();
    JsonNode summary = json(lines.get(lines.size() - 1)).path("summary");
    assertThat(summary.path("households").asInt()).isPositive();
    assertThat(summary.path("errors").asInt()).isZero();
  }

  @Test
  void aClientThatDisconnectsMidStreamLeavesTheServerWellAndTheSpoolClean() throws Exception {
    String good = README_HOUSEHOLD.substring(README_HOUSEHOLD.indexOf("\"household\": ") + 13, README_HOUSEHOLD.length() - 1)
        .replace("\n", " ");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 60_000; i++) {
      body.append(good.replace("410402-000123", "h-" + i)).append('\n');
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
            + "/api/v1/calculate/batch?month=2020-10&explanation=text"))
        .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<InputStream> r = ServerTestSupport.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      assertThat(in.readNBytes(10_000)).hasSize(10_000);
    }
    // the server notices, stops, deletes the spooled body and keeps answering
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (spooled() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(spooled()).isZero();
    assertThat(calculate(README_HOUSEHOLD).statusCode()).isEqualTo(200);
  }

  private static long spooled() throws Exception {
    java.nio.file.Path spool = ServerTestSupport.DATA.resolve("spool");
    if (!Files.isDirectory(spool)) {
      return 0;
    }
    try (Stream<java.nio.file.Path> files = Files.list(spool)) {
      return files.count();
    }
  }

  @Test
  void aFullResidentIdIsNeverLogged(CapturedOutput output) throws Exception {
    calculate(README_HOUSEHOLD);
    calculate(README_HOUSEHOLD.replace("410402198203150023", "410402198203150024"));
    post(port, "/api/v1/payroll/runs", "application/json", "{\"month\": \"2020-06\"}", "Idempotency-Key",
        "log-" + System.nanoTime(), "Authorization", "Bearer " + TOKEN);
    assertThat(output.getAll()).doesNotContain("410402198001010014", "410402198203150024");
    assertThat(Problems.mask("id 410402198203150024 and 41040219800101001X"))
        .isEqualTo("id 410402********0024 and 410402********001X");
  }

  private static JsonNode json(String line) throws Exception {
    return MinzhengJson.mapper().readTree(line);
  }
}
