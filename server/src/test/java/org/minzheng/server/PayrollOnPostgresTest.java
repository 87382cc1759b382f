package org.minzheng.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.server.ServerTestSupport.TOKEN;
import static org.minzheng.server.ServerTestSupport.get;
import static org.minzheng.server.ServerTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.minzheng.json.MinzhengJson;
import org.minzheng.ledger.jdbc.PostgresLedger;
import org.minzheng.ledger.jdbc.testing.EmbeddedPostgresServer;
import org.minzheng.payout.Ledger;
import org.minzheng.payout.RunKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server configured with {@code minzheng.ledger.jdbc-url} pays into a real PostgreSQL (embedded,
 * started by the test) over HTTP on a random port: the lines are in the database, a second start
 * with another key records nothing, and the report reads them back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PayrollOnPostgresTest {
  private static final String SCHEMA = EmbeddedPostgresServer.newSchema();

  @LocalServerPort
  int port;

  @Autowired
  Ledger ledger;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    ServerTestSupport.properties(r);
    r.add("minzheng.ledger.jdbc-url", () -> EmbeddedPostgresServer.shared().jdbcUrl());
    r.add("minzheng.ledger.username", () -> "postgres");
    r.add("minzheng.ledger.schema", () -> SCHEMA);
    r.add("minzheng.ledger.migrate", () -> "true");
  }

  private static long recorded(JsonNode run) {
    long n = 0;
    for (JsonNode s : run.path("summaries")) {
      n += s.path("linesRecorded").asLong();
    }
    return n;
  }

  private JsonNode start(String key, String month) throws Exception {
    HttpResponse<String> r = post(port, "/api/v1/payroll/runs", "application/json", "{\"month\": \"" + month + "\"}",
        "Idempotency-Key", key, "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return MinzhengJson.mapper().readTree(r.body());
  }

  @Test
  void paysIntoPostgresOnceAndReadsTheReportBack() throws Exception {
    assertThat(ledger).isInstanceOf(PostgresLedger.class);
    assertThat(((PostgresLedger) ledger).schema()).isEqualTo(SCHEMA);

    JsonNode first = start("pg-" + System.nanoTime(), "2020-09");
    long lines = recorded(first);
    assertThat(lines).isPositive();

    // what another service sees in the database: the run, whole
    try (HikariDataSource pool = EmbeddedPostgresServer.shared().pool(2);
        PostgresLedger db = PostgresLedger.builder(pool).schema(SCHEMA).open()) {
      assertThat(db.lineCount()).isEqualTo(lines);
      assertThat(db.runs()).isNotEmpty().allSatisfy(run -> {
        assertThat(run.header().kind()).isIn(RunKind.REGULAR, RunKind.ONE_OFF);
        assertThat(run.header().period()).isEqualTo(YearMonth.of(2020, 9));
      });
    }

    JsonNode second = start("pg-other-" + System.nanoTime(), "2020-09"); // a new key: a new start, nothing new to pay
    assertThat(recorded(second)).isZero();
    assertThat(ledger.lineCount()).isEqualTo(lines);

    HttpResponse<String> report = get(port, "/api/v1/payroll/runs/" + first.path("id").asText() + "/report",
        "Authorization", "Bearer " + TOKEN);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    assertThat(report.body()).contains("DIBAO");
  }
}
