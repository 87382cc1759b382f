package org.minzheng.testkit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.json.MinzhengJson;
import org.minzheng.scheme.Outcome;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

class CaseFilesTest {

  private static final String YAML = """
      name: one
      month: 2020-10
      household:
        id: H1
        region: "410402"
        residenceType: URBAN
        assetsWithinLimits: true
        members:
          - {id: "11010519491231002X", incomes: [{category: WAGES, amount: "10000.00"}]}
      expect:
        DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: "306.67", payee: household}]
      ---
      name: two
      temporaryAssistance: {id: T1, householdId: H1, region: "410402", residenceType: URBAN, persons: 1, cause: SUDDEN_EVENT, months: 1, approvalDate: "2020-06-15"}
      expectError: {type: InvalidInputException}
      """;

  @Test
  void readsSeveralYamlDocumentsIntoCases() throws Exception {
    List<TestCase> cases = CaseFiles.parse("x.yaml", YAML);
    assertThat(cases).hasSize(2);
    TestCase one = cases.get(0);
    assertThat(one.month()).isEqualTo(YearMonth.of(2020, 10));
    assertThat(one.effectiveToday()).isEqualTo(LocalDate.of(2020, 12, 31));
    Expectation x = one.expect().get(Scheme.DIBAO).get(0);
    assertThat(x.status()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(x.amount()).contains(Money.parse("306.67"));
    Household h = MinzhengJson.mapper().treeToValue(one.household().orElseThrow(), Household.class);
    assertThat(h.members().get(0).countedIncome()).isEqualTo(Money.ofYuan(10_000));
    // a temporary-assistance case's month is its approval month
    assertThat(cases.get(1).month()).isEqualTo(YearMonth.of(2020, 6));
  }

  @Test
  void readsTheSameCaseFromJson() {
    String json = """
        [{"name": "one", "month": "2020-10",
          "household": {"id": "H1", "region": "410402", "residenceType": "URBAN", "members": [{"id": "11010519491231002X"}]},
          "expect": {"DIBAO": [{"beneficiary": "household", "status": "UNDETERMINED", "missingFacts": ["household.assetsWithinLimits"]}]}}]
        """;
    List<TestCase> cases = CaseFiles.parse("x.json", json);
    assertThat(cases).singleElement().satisfies(c ->
        assertThat(c.expect().get(Scheme.DIBAO).get(0).missingFacts()).containsExactly("household.assetsWithinLimits"));
  }

  @Test
  void anEligibleExpectationWithoutAmountIsRefusedNamingTheCase() {
    String yaml = """
        name: no amount
        month: 2020-10
        household: {id: H1, region: "410402", residenceType: URBAN, members: [{id: "11010519491231002X"}]}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE}]
        """;
    assertThatThrownBy(() -> CaseFiles.parse("bad.yaml", yaml))
        .hasMessageContaining("bad.yaml").hasMessageContaining("no amount").hasMessageContaining("amount must be given");
  }

  @Test
  void moneyWrittenAsANumberIsRefused() {
    String yaml = """
        name: float money
        month: 2020-10
        household: {id: H1, region: "410402", residenceType: URBAN, members: [{id: "11010519491231002X"}]}
        expect:
          DIBAO: [{beneficiary: household, status: ELIGIBLE, amount: 306.67}]
        """;
    assertThatThrownBy(() -> CaseFiles.parse("float.yaml", yaml)).hasMessageContaining("decimal-yuan string");
  }
}
