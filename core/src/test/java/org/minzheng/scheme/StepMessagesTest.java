package org.minzheng.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.engine.Fixture;
import org.minzheng.engine.H;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.Person;
import org.minzheng.household.PriceIndex;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.Scheme;

/** Steps are data; their words come from message bundles, one per scheme and language. */
class StepMessagesTest {
  static final YearMonth OCT_2020 = YearMonth.of(2020, 10);
  static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");
  /** Latin words a Chinese text may hold: the index names and the functions of a formula. */
  static final Pattern LATIN_WORD = Pattern.compile("(?<![{\\d,#])\\b(?!CPI\\b|max\\b|min\\b|choice\\b)[A-Za-z]{2,}");

  static Properties load(String path) throws IOException {
    try (InputStream in = StepMessages.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      Properties p = new Properties();
      p.load(new StringReader(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
      return p;
    }
  }

  static Set<String> arguments(String pattern) {
    Set<String> s = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }

  @Test
  void everyKeyHasAMessageInEveryShippedBundleWithTheSameArguments() throws IOException {
    List<String> paths = StepMessages.builtInBundlePaths();
    assertThat(paths).hasSizeGreaterThanOrEqualTo(16);
    for (int i = 0; i < paths.size(); i += 2) {
      Properties zh = load(paths.get(i));
      Properties en = load(paths.get(i + 1));
      assertThat(zh.stringPropertyNames()).as("keys of %s and %s", paths.get(i), paths.get(i + 1))
          .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
      for (String key : en.stringPropertyNames()) {
        assertThat(arguments(zh.getProperty(key))).as("arguments of %s", key).isEqualTo(arguments(en.getProperty(key)));
        assertThat(CJK.matcher(en.getProperty(key)).find()).as("English %s: %s", key, en.getProperty(key)).isFalse();
        String chinese = zh.getProperty(key).replaceAll("\\{[^}]*}", "");
        assertThat(LATIN_WORD.matcher(chinese).find()).as("Chinese %s: %s", key, zh.getProperty(key)).isFalse();
      }
    }
  }

  /** Households that between them take every branch that records a step. */
  static List<HouseholdResult> variety() {
    BenefitCalculator on = new Fixture().calculator(new PriceIndexSeries("test",
        Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of("5.4", "20.6")))));
    BenefitCalculator off = new Fixture().calculator(new PriceIndexSeries("test",
        Map.of(Fixture.XINHUA, Map.of(OCT_2020, PriceIndex.of("1.0", "1.0")))));
    BenefitCalculator none = new Fixture().calculator(PriceIndexSeries.EMPTY);
    Person elder = H.person(LocalDate.of(1935, 1, 1)).hasCapableSupporter(false).selfCare(H.selfCare()).build();
    Person unknownSupporter = H.person(LocalDate.of(1950, 1, 1)).build();
    Person careUnknown = H.person(LocalDate.of(1950, 1, 1)).hasCapableSupporter(false).build();
    Person disabled = H.person(LocalDate.of(1990, 1, 1)).hasCapableSupporter(true)
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 1)).build();
    Person dead = H.person(LocalDate.of(1940, 1, 1)).dateOfDeath(LocalDate.of(2020, 5, 1)).build();
    Person baby = H.person(LocalDate.of(2020, 12, 1)).build();
    Person noHukou = new Person.Builder().from(H.person(LocalDate.of(1930, 1, 1)).hasCapableSupporter(true).build())
        .hukouRegion(Optional.empty()).build();
    List<HouseholdResult> out = new ArrayList<>();
    for (BenefitCalculator c : List.of(on, off, none)) {
      out.add(c.calculate(H.urban(H.adult("10800"), elder, disabled, dead, baby), OCT_2020));
      out.add(c.calculate(H.urban(unknownSupporter, disabled, H.adult("14000")), OCT_2020));
      out.add(c.calculate(H.rural(careUnknown, noHukou, H.adult("20000")), OCT_2020));
      out.add(c.calculate(H.household(org.minzheng.standard.ResidenceType.URBAN, H.adult(), disabled).classification("A+")
          .build(), OCT_2020));
    }
    // dibao under each outcome of undetermined extreme-poverty statuses: the same either way, different, too many
    out.add(on.calculate(H.urban(unknownSupporter, H.adult("20000")), OCT_2020));
    out.add(on.calculate(H.urban(unknownSupporter, H.adult("6000")), OCT_2020));
    List<Person> many = new ArrayList<>();
    for (int k = 0; k < 11; k++) {
      many.add(H.person(LocalDate.of(1950, 1, 1)).build());
    }
    out.add(on.calculate(H.urban(many.toArray(new Person[0])), OCT_2020));
    return out;
  }

  @Test
  void everyStepTheEngineRecordsHasWordsInBothLanguages() {
    Set<String> keys = new TreeSet<>();
    for (HouseholdResult r : variety()) {
      for (SchemeResult s : r.results()) {
        for (Step step : s.explanation().steps()) {
          keys.add(step.key());
          for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            String text = StepMessages.builtIn().text(step, l);
            assertThat(text).as("%s in %s", step.key(), l).doesNotStartWith(step.key()).doesNotContain("{");
          }
          assertThat(CJK.matcher(step.render(Locale.ENGLISH)).find()).as(step.render(Locale.ENGLISH)).isFalse();
        }
      }
    }
    assertThat(keys).contains("dibao.gap", "dibao.classFloor", "extremePoverty.amount", "extremePoverty.careUnknown",
        "priceSubsidy.trigger.on", "priceSubsidy.trigger.off", "priceSubsidy.trigger.missing", "oldAge.hukou",
        "disabilityNursing.amount", "disabilityLiving.conditions", "dependency.alternative", "member.diedBefore",
        "member.notYetBorn", "dependency.householdResolved", "dependency.householdUndetermined", "dependency.tooMany",
        "dependency.resolved", "dependency.undetermined");
  }

  @Test
  void aStepHoldsTypedArgumentsAndNoText() {
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    SchemeResult dibao = Fixture.standard().calculate(h, OCT_2020).find(Scheme.DIBAO, h.id().value()).orElseThrow();
    Step gap = dibao.explanation().steps().stream().filter(s -> s.key().equals("dibao.gap")).findFirst().orElseThrow();
    assertThat(gap.arguments()).startsWith(Money.parse("570.00"), 3, 12, Money.parse("10800.00"));
    assertThat(gap.result()).isEqualTo(Money.parse("810.00"));
    assertThat(gap.arguments()).noneMatch(a -> a instanceof String && ((String) a).contains(" "));
  }

  @Test
  void eachParameterIsCitedOncePerResult() {
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    SchemeResult dibao = Fixture.standard().calculate(h, OCT_2020).find(Scheme.DIBAO, h.id().value()).orElseThrow();
    // dibao.incomeMonths is used by three steps, the urban standard by two
    assertThat(dibao.explanation().steps().stream().filter(s -> s.parameters().stream()
        .anyMatch(p -> p.id().equals("dibao.incomeMonths"))).count()).isEqualTo(3);
    for (Locale l : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      String text = dibao.explanation().render(l);
      // the full citation (period, document, status, module) once per parameter, however many steps used it
      assertThat(count(text, "dibao.incomeMonths = 12 " + (l == Locale.CHINESE ? "月 [自" : "months [from"))).as(text).isEqualTo(1);
      assertThat(count(text, "平民〔2020〕5号")).as(text).isEqualTo(1);
    }
  }

  @Test
  void theStructuredFormIsJsonAndReadsBackEqual() throws Exception {
    for (HouseholdResult r : variety()) {
      String json = MinzhengJson.mapper().writeValueAsString(r);
      assertThat(MinzhengJson.mapper().readValue(json, HouseholdResult.class)).isEqualTo(r);
    }
    Household h = H.urban(H.adult("10800"), H.adult(), H.adult());
    String json = MinzhengJson.mapper().writeValueAsString(Fixture.standard().calculate(h, OCT_2020));
    assertThat(json).contains("\"key\":\"dibao.gap\"").contains("{\"money\":\"570.00\"}").contains("{\"count\":3}")
        .doesNotContain("补差");
  }

  @Test
  void anotherSchemeBringsItsOwnBundlesAndAThirdLanguageIsABundle() {
    ResourceBundle en = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"centenarian.amount", "top-up {0} for reaching {1}"}};
      }
    };
    ResourceBundle fr = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"centenarian.amount", "complément {0} pour avoir atteint {1} ans"}};
      }
    };
    StepMessages m = StepMessages.builtIn().with("centenarian",
        l -> l.getLanguage().equals("fr") ? Optional.of(fr) : l.getLanguage().equals("en") ? Optional.of(en) : Optional.empty());
    Step s = Step.of("centenarian.amount", List.of(), null, Money.parse("100.00"), 100);
    assertThat(m.text(s, Locale.ENGLISH)).isEqualTo("top-up 100.00 for reaching 100");
    assertThat(m.text(s, Locale.FRENCH)).isEqualTo("complément 100.00 pour avoir atteint 100 ans");
    // a language the scheme does not ship falls back to English
    assertThat(m.text(s, Locale.CHINESE)).isEqualTo("top-up 100.00 for reaching 100");
    // built-in steps in a language nobody ships: English
    Step b = Step.of("disabilityLiving.amount", List.of(), null, Money.parse("60.00"));
    assertThat(StepMessages.builtIn().text(b, Locale.GERMAN)).isEqualTo("living subsidy 60.00 a month");
  }

  static int count(String s, String sub) {
    int n = 0;
    for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
      n++;
    }
    return n;
  }
}
