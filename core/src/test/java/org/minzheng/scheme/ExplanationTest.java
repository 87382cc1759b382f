package org.minzheng.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.ResolutionMode;
import org.minzheng.engine.Fixture;
import org.minzheng.engine.H;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.Status;

/** Explanations: steps with the actual numbers, parameters with value, document and status, in Chinese and English. */
class ExplanationTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);

  @Test
  void dibaoExplanationShowsTheArithmeticAndTheSources() {
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    SchemeResult r = Fixture.standard().calculate(h, OCT_2020).find(Scheme.DIBAO, h.id().value()).orElseThrow();
    String zh = r.explanation().render(Locale.CHINESE);
    String en = r.explanation().render(Locale.ENGLISH);
    // the parameter value, its document number and status, and the worked amount
    assertThat(zh).contains("dibao.standard.urban = 570.00 元/人/月").contains("平民〔2020〕5号").contains("(SEED; 生效日期 ASSUMPTION")
        .contains("补差: (570.00 × 3 × 12 − 10800.00) ÷ 12 = 810.00").contains("→ 810.00");
    assertThat(en).contains("dibao.standard.urban = 570.00 yuan per person per month").contains("平民〔2020〕5号")
        .contains("(SEED; dating ASSUMPTION")
        .contains("gap: (570.00 × 3 × 12 − 10800.00) / 12 = 810.00, rounded once HALF_UP/FEN = 810.00")
        .contains("dibao.rounding = HALF_UP/FEN");
    // the income step gives the monthly figure, not the 12-month total again: 10,800.00 ÷ 12 = 900.00
    assertThat(en).contains("monthly counted income = 10800.00 / 12 = 900.00 → 900.00");
    assertThat(zh).contains("月计入收入 = 10800.00 ÷ 12 = 900.00 → 900.00");
    assertThat(r.explanation().steps()).extracting(Step::rule)
        .containsSubsequence("dibao.members", "dibao.income", "dibao.eligibility.income", "dibao.eligibility.assets", "dibao.gap");
    ParameterUse standard = r.explanation().steps().stream().flatMap(s -> s.parameters().stream())
        .filter(u -> u.id().equals("dibao.standard.urban")).findFirst().orElseThrow();
    assertThat(standard.status()).isEqualTo(Status.SEED);
    assertThat(standard.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(standard.basis().documentNumber()).isEqualTo("平民〔2020〕5号");
    assertThat(standard.providerId()).isEqualTo("fixture-pingdingshan");
  }

  @Test
  void eachLanguageIsRenderedInThatLanguageOnly() {
    // an elderly member with unknown supporter: yes/no/unknown facts, outcomes, units and a titled seed source
    Household h = H.urban(H.person(LocalDate.of(1950, 1, 1)).build(), H.adult());
    HouseholdResult r = Fixture.standard().calculate(h, OCT_2020);
    String zh = r.results().stream().map(x -> x.explanation().render(Locale.CHINESE)).reduce("", String::concat);
    String en = r.results().stream().map(x -> x.explanation().render(Locale.ENGLISH)).reduce("", String::concat);
    assertThat(en).doesNotContain("元/").doesNotContain("周岁").doesNotContain("是").doesNotContain("否").doesNotContain("未知")
        .doesNotContain("无").doesNotContain("级")
        .contains("has a capable legal supporter: unknown").contains("disability none").contains("570.00 yuan per person per month")
        .contains("60 years of age").contains("Pingdingshan Civil Affairs Bureau 2020 work summary").contains("→ undetermined");
    assertThat(zh).doesNotContain("yes").doesNotContain("unknown").doesNotContain("none").doesNotContain("per month")
        .doesNotContain("UNDETERMINED").doesNotContain("not extreme-poverty")
        .contains("有具备能力的法定义务人: 未知").contains("残疾 无").contains("60 周岁").contains("→ 无法确定");
    // booleans are stated in words by the text, not repeated as true/false
    assertThat(en).doesNotContain("→ true").doesNotContain("→ false");
  }

  @Test
  void assumptionsAreVisible() {
    Household h = H.urban(H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build());
    SchemeResult ep = Fixture.standard().calculate(h, OCT_2020).of(Scheme.EXTREME_POVERTY).get(0);
    String en = ep.explanation().render(Locale.ENGLISH);
    assertThat(en).contains("basic living 1.3 × 570.00 = 741.000").contains("extremePoverty.care = {")
        .contains("(ASSUMPTION").contains("dispersed support: paid to the person");
  }

  @Test
  void ineligibleAndUndeterminedResultsAreExplainedToo() {
    Household rich = H.urban(H.adult("20000"));
    SchemeResult r = Fixture.standard().calculate(rich, OCT_2020).find(Scheme.DIBAO, rich.id().value()).orElseThrow();
    assertThat(r.explanation().render(Locale.ENGLISH)).contains("20000.00 < 570.00 × 1 × 12 = 6840.00").contains("fails");
    assertThat(r.reasons()).extracting(Reason::code).containsExactly("INCOME_NOT_BELOW_STANDARD");
    assertThat(r.reasons().get(0).text().zh()).contains("低保标准");
  }

  @Test
  void priceSubsidyExplainsTheTrigger() {
    PriceIndexSeries s = new PriceIndexSeries("sample: national CPI (NBS)",
        Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of("5.4", "20.6"))));
    Household h = H.rural(H.adult());
    SchemeResult r = new Fixture().calculator(s).calculate(h, OCT_2020).of(Scheme.PRICE_SUBSIDY).get(0);
    assertThat(r.explanation().render(Locale.ENGLISH)).contains("food 20.6% (≥6.0%)").contains("355.00 × 20.6% × 1")
        .contains("= 73.00").contains("sample: national CPI (NBS)");
  }

  @Test
  void explanationsOffGiveNone() {
    BenefitCalculator off = BenefitCalculator.builder(new Fixture().registry()).clock(Fixture.CLOCK).explanations(false).build();
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    HouseholdResult r = off.calculate(h, OCT_2020);
    assertThat(r.results()).isNotEmpty().allSatisfy(x -> assertThat(x.explanation()).isSameAs(Explanation.NONE));
    // the results themselves are the same as with explanations
    HouseholdResult on = Fixture.standard().calculate(h, OCT_2020);
    assertThat(r.results()).extracting(SchemeResult::outcome)
        .containsExactlyElementsOf(on.results().stream().map(SchemeResult::outcome).toList());
    assertThat(r.total()).isEqualTo(on.total());
  }

  @Test
  void lenientWarningAppearsInTheExplanation() {
    // 2018-12 has no standard: lenient mode uses the nearest (2019) values and says so
    BenefitCalculator lenient = BenefitCalculator.builder(new Fixture().registry(ResolutionMode.LENIENT)).clock(Fixture.CLOCK)
        .build();
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    SchemeResult r = lenient.calculate(h, YearMonth.of(2018, 12)).find(Scheme.DIBAO, h.id().value()).orElseThrow();
    // 520 × 3 − 900 = 660.00
    assertThat(r.amount()).hasValueSatisfying(m -> assertThat(m.toString()).isEqualTo("660.00"));
    assertThat(r.explanation().render(Locale.ENGLISH)).contains("WARNING (lenient mode)")
        .contains("dibao.standard.urban has no value in force on 2018-12-01");
    assertThat(r.explanation().render(Locale.CHINESE)).contains("警告(宽松模式)");
  }
}
