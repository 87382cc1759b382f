package org.minzheng.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.server.ServerTestSupport.README_HOUSEHOLD;
import static org.minzheng.server.ServerTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.json.MinzhengJson;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * The batch endpoint's two output forms over HTTP on a random port: the payout form pays, household by
 * household, exactly the full form's ELIGIBLE results, counts the others, names the UNDETERMINED
 * results' missing facts, and reports bad rows per row in their place, through the parse pipeline
 * (the generated caseload spans many chunks and parser threads).
 */
class BatchFormsTest extends ServerTestBase {
  private static String body;
  private static List<String> ids;
  /** A hand-written household among the generated ones: a member with a grade-1 disability, self-care not assessed. */
  private static final String UNASSESSED = """
      {"id": "h-unassessed", "region": "410402", "residenceType": "URBAN", "assetsWithinLimits": true, "members": [
       {"id": "410402198001010014", "hasCapableSupporter": true, "disability": {"category": "PHYSICAL", "grade": 1}}]}"""
      .replace("\n", " ");

  @BeforeAll
  static void caseload() throws Exception {
    StringBuilder b = new StringBuilder();
    ids = new ArrayList<>();
    int n = 0;
    for (CaseloadHousehold h : PingdingshanCaseload.of(PingdingshanCaseload.DEFAULT_SEED, 0.005)) {
      b.append(new String(MinzhengJson.mapper().writeValueAsBytes(h.household()), java.nio.charset.StandardCharsets.UTF_8))
          .append('\n');
      ids.add(h.household().id().value());
      n++;
      if (n == 100) {
        b.append("{broken\n"); // line 101
        b.append(UNASSESSED).append('\n'); // line 102
        ids.add("h-unassessed");
      }
      if (n == 300) {
        b.append("\n"); // a blank line: skipped, no row
        b.append(UNASSESSED.replace("\"URBAN\"", "\"URBN\"")).append('\n');
      }
    }
    body = b.toString();
  }

  private HttpResponse<String> batch(String query) throws Exception {
    return batch("2020-09", query, body);
  }

  private HttpResponse<String> batch(String month, String query, String lines) throws Exception {
    return post(port, "/api/v1/calculate/batch?month=" + month + query, "application/x-ndjson", lines);
  }

  private static List<JsonNode> lines(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.body().lines().toList()) {
      out.add(MinzhengJson.mapper().readTree(line));
    }
    return out;
  }

  @Test
  void thePayoutFormPaysExactlyTheFullFormsEligibleResultsHouseholdByHousehold() throws Exception {
    List<JsonNode> full = lines(batch(""));
    List<JsonNode> payout = lines(batch("&form=payout"));
    assertThat(full.size()).isGreaterThan(500);
    long fen = samePayments(full, payout);
    List<String> answered = payout.stream().filter(l -> l.has("household")).map(l -> l.path("household").asText()).toList();
    assertThat(answered).as("every household, in input order").isEqualTo(ids);
    assertThat(fen).isPositive();

    JsonNode summary = payout.get(payout.size() - 1).path("summary");
    assertThat(summary.path("households").asInt()).isEqualTo(full.get(full.size() - 1).path("summary").path("households").asInt())
        .isEqualTo(ids.size());
    assertThat(summary.path("errors").asInt()).isEqualTo(2);
    assertThat(summary.path("fen").asLong()).isEqualTo(fen);
    assertThat(r(payout, 101).path("problem").path("message").asText()).contains("malformed JSON");
    assertThat(payout.stream().filter(l -> l.path("problem").path("field").asText().equals("residenceType"))).hasSize(1);
  }

  @Test
  void undeterminedResultsAreCountedWithTheirMissingFacts() throws Exception {
    // the server's sample price index covers 2020 only: in 2019 a dibao household's price subsidy is UNDETERMINED
    String good = README_HOUSEHOLD.substring(README_HOUSEHOLD.indexOf("\"household\": ") + 13, README_HOUSEHOLD.length() - 1)
        .replace("\n", " ").replace("\"10000.00\"", "\"1000.00\"");
    String lines = good + "\n" + good.replace("410402-000123", "410402-000124") + "\n";
    List<JsonNode> full = lines(batch("2019-10", "", lines));
    List<JsonNode> payout = lines(batch("2019-10", "&form=payout", lines));
    samePayments(full, payout);
    assertThat(payout.get(0).path("undetermined").asInt()).as(payout.get(0).toString()).isPositive();
    assertThat(payout.get(0).path("missingFacts").get(0).path("codes").size()).isPositive();
  }

  /**
   * Checks the payout lines against the full form's, line by line: the same problems in the same places,
   * per household the ELIGIBLE results as payments in fen, the counts, the missing facts.
   *
   * @return the sum of the payments in fen
   */
  private static long samePayments(List<JsonNode> full, List<JsonNode> payout) {
    assertThat(payout).hasSameSizeAs(full);
    long fen = 0;
    for (int i = 0; i < full.size() - 1; i++) {
      JsonNode f = full.get(i);
      JsonNode p = payout.get(i);
      assertThat(p.path("line").asLong()).as("line %d", i).isEqualTo(f.path("line").asLong());
      if (f.has("problem")) {
        assertThat(p.path("problem")).as("the same problem, in the same place").isEqualTo(f.path("problem"));
        continue;
      }
      JsonNode result = f.path("result");
      assertThat(p.path("household").asText()).isEqualTo(result.path("householdId").asText());
      List<JsonNode> eligible = new ArrayList<>();
      int ineligible = 0;
      List<JsonNode> undetermined = new ArrayList<>();
      for (JsonNode s : result.path("results")) {
        switch (s.path("outcome").asText()) {
          case "ELIGIBLE" -> eligible.add(s);
          case "INELIGIBLE" -> ineligible++;
          default -> undetermined.add(s);
        }
      }
      JsonNode pay = p.path("pay");
      assertThat(pay.size()).as("payments of %s", p).isEqualTo(eligible.size());
      for (int k = 0; k < eligible.size(); k++) {
        JsonNode e = eligible.get(k);
        JsonNode q = pay.get(k);
        assertThat(q.path("scheme").asText()).isEqualTo(e.path("scheme").asText());
        assertThat(q.path("beneficiary")).isEqualTo(e.path("beneficiary"));
        assertThat(q.path("payee")).isEqualTo(e.path("payee"));
        assertThat(q.path("fen").asLong()).as("%s in fen", e)
            .isEqualTo(new BigDecimal(e.path("amount").asText()).movePointRight(2).longValueExact());
        assertThat(q.path("persons").asInt()).isPositive();
        fen += q.path("fen").asLong();
      }
      assertThat(p.path("ineligible").asInt()).isEqualTo(ineligible);
      assertThat(p.path("undetermined").asInt()).isEqualTo(undetermined.size());
      if (undetermined.isEmpty()) {
        assertThat(p.has("missingFacts")).isFalse();
      } else {
        JsonNode missing = p.path("missingFacts");
        assertThat(missing.size()).isEqualTo(undetermined.size());
        for (int k = 0; k < undetermined.size(); k++) {
          assertThat(missing.get(k).path("scheme").asText()).isEqualTo(undetermined.get(k).path("scheme").asText());
          assertThat(missing.get(k).path("beneficiary")).isEqualTo(undetermined.get(k).path("beneficiary"));
          List<String> codes = new ArrayList<>();
          undetermined.get(k).path("missingFacts").forEach(m -> codes.add(m.path("code").asText()));
          List<String> given = new ArrayList<>();
          missing.get(k).path("codes").forEach(c -> given.add(c.asText()));
          assertThat(given).isNotEmpty().isEqualTo(codes);
        }
      }
    }
    return fen;
  }

  private static JsonNode r(List<JsonNode> lines, long line) {
    return lines.stream().filter(l -> l.path("line").asLong() == line).findFirst().orElseThrow();
  }

  @Test
  void thePayoutFormOfTheReadmeHouseholdIsSmallAndAsKnownOnADate() throws Exception {
    String good = README_HOUSEHOLD.substring(README_HOUSEHOLD.indexOf("\"household\": ") + 13, README_HOUSEHOLD.length() - 1)
        .replace("\n", " ");
    HttpResponse<String> r = post(port, "/api/v1/calculate/batch?month=2020-10&form=payout&knowledgeDate=2020-10-15",
        "application/x-ndjson", good + "\n");
    List<JsonNode> lines = lines(r);
    JsonNode dibao = lines.get(0).path("pay").get(0);
    assertThat(dibao.path("scheme").asText()).isEqualTo("DIBAO");
    assertThat(dibao.path("fen").asLong()).isEqualTo(30667);
    assertThat(dibao.path("persons").asInt()).isEqualTo(2);
    assertThat(lines.get(0).path("ineligible").asInt()).isPositive();
    assertThat(r.body().lines().findFirst().orElseThrow().length()).as("a compact line").isLessThan(400);
    assertThat(lines.get(1).path("summary").path("fen").asLong()).isEqualTo(30667);

    // the full form explains when asked (core's batches are unexplained unless the calculator turns them on)
    JsonNode explained = lines(post(port, "/api/v1/calculate/batch?month=2020-10&explanation=text", "application/x-ndjson",
        good + "\n")).get(0).path("result").path("results").get(0);
    assertThat(explained.path("explanation").asText()).contains("570.00");

    // nothing for October 2020 was published by 2019-06-30: the household is refused on its line
    HttpResponse<String> early = post(port, "/api/v1/calculate/batch?month=2020-10&form=payout&knowledgeDate=2019-06-30",
        "application/x-ndjson", good + "\n");
    assertThat(lines(early).get(0).path("problem").path("message").asText()).contains("2019-06-30");
  }

  @Test
  void anUnknownFormOrAnExplainedPayoutIsRefusedNamingTheParameter() throws Exception {
    HttpResponse<String> r = batch("&form=compact");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"form\"", "compact");
    HttpResponse<String> explained = batch("&form=payout&explanation=text");
    assertThat(explained.statusCode()).isEqualTo(400);
    assertThat(explained.body()).contains("\"field\":\"explanation\"");
    HttpResponse<String> date = batch("&form=payout&knowledgeDate=2020-02-30");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("\"field\":\"knowledgeDate\"", "2020-02-30");
  }
}
