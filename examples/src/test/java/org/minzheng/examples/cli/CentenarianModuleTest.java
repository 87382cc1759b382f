package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.StandardsRegistry;
import org.minzheng.examples.centenarian.CentenarianStandards;
import org.minzheng.examples.centenarian.CentenarianTopUp;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.json.MinzhengJson;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.schemes.Schemes;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standards2020.Standards2020;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * The ILLUSTRATIVE county scheme module (examples-centenarian) on the class path: found by the
 * ServiceLoader, with its county standards document, and run by {@code calc}, {@code payroll} and
 * {@code check} like a built-in scheme, with no change to spi or core.
 */
class CentenarianModuleTest {
  static final RegionCode BAOFENG = RegionCode.of("410421");

  /** Today: 2021-02-15, after the county's document applies. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2021-02-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir
  Path dir;

  private CliRun run(String... args) {
    List<StandardsProvider> providers = List.of(Standards2020.provider(), CentenarianStandards.provider());
    CliContext context = new CliContext(CLOCK, () -> StandardsRegistry.of(providers.toArray(new StandardsProvider[0])),
        () -> providers, new ByteArrayInputStream(new byte[0]), dir, false);
    return CliRun.run(context, args);
  }

  static ResidentId id(String region, LocalDate birth, int seq) {
    String first17 = region + birth.toString().replace("-", "") + String.format("%03d", seq);
    return ResidentId.parse(first17 + ResidentId.checkCharacter(first17));
  }

  /** A centenarian and a younger relative in Baofeng, with enough income not to be a dibao household. */
  static Household household() {
    Person centenarian = new Person.Builder().id(id("410421", LocalDate.of(1920, 6, 15), 11)).hukouRegion(BAOFENG)
        .hasCapableSupporter(true).build();
    Person son = new Person.Builder().id(id("410421", LocalDate.of(1950, 3, 3), 13)).hukouRegion(BAOFENG)
        .hasCapableSupporter(true).addIncome(new IncomeItem(IncomeCategory.WAGES, Money.parse("36000.00"))).build();
    return new Household.Builder().id(HouseholdId.of("410421-000001")).region(BAOFENG).residenceType(ResidenceType.RURAL)
        .assetsWithinLimits(true).addMember(centenarian).addMember(son).build();
  }

  @Test
  void theModuleIsFoundByTheServiceLoaderAndItsBundlesHaveEveryKeyWithTheSameArguments() throws IOException {
    assertThat(ServiceLoader.load(SchemeModule.class)).anyMatch(m -> m instanceof CentenarianTopUp);
    assertThat(Schemes.added()).extracting(SchemeModule::scheme).contains(CentenarianTopUp.SCHEME);
    Properties zh = load("/examples-centenarian/messages/centenarian_zh.properties");
    Properties en = load("/examples-centenarian/messages/centenarian_en.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      assertThat(key).startsWith("centenarian.");
      assertThat(arguments(zh.getProperty(key))).as(key).isEqualTo(arguments(en.getProperty(key)));
    }
  }

  @Test
  void calcShowsTheTopUpWithItsExplanationInBothLanguagesAndAsJson() throws Exception {
    Path file = Files.writeString(dir.resolve("centenarian.json"), MinzhengJson.mapper().writeValueAsString(household()));
    CliRun en = run("calc", "--month", "2021-01", "--lang", "en", file.toString());
    assertThat(en.exitCode()).as(en.toString()).isZero();
    // 100 on 2020-12-31; the old-age allowance (100+: 300.00) is eligible, so the illustrative top-up is 200.00
    assertThat(en.out()).contains("Centenarian top-up (illustrative)").contains("eligible 200.00 yuan")
        .contains("county centenarian top-up 200.00 a month").contains("centenarian.amount = 200.00")
        .contains("Illustrative figures").contains("Total 500.00 yuan");
    CliRun zh = run("calc", "--month", "2021-01", file.toString());
    assertThat(zh.out()).contains("百岁老人补贴(示例)").contains("县百岁老人补贴 200.00 元/月");
    CliRun json = run("calc", "--month", "2021-01", "--format", "json", file.toString());
    JsonNode results = MinzhengJson.mapper().readTree(json.out()).get("results");
    JsonNode top = null;
    for (JsonNode r : results) {
      if (r.get("scheme").asText().equals("CENTENARIAN_TOP_UP") && r.get("outcome").asText().equals("ELIGIBLE")) {
        top = r;
      }
    }
    assertThat(top).as(json.out()).isNotNull();
    assertThat(top.get("amount").asText()).isEqualTo("200.00");
    assertThat(top.get("explanation").toString()).contains("\"key\":\"centenarian.amount\"").contains("{\"money\":\"200.00\"}");
    // before the county's document applies (2021-01-01) the scheme has no result at all
    CliRun dec = run("calc", "--month", "2020-12", "--format", "json", file.toString());
    assertThat(dec.out()).doesNotContain("CENTENARIAN_TOP_UP");
  }

  @Test
  void payrollPaysIt() throws Exception {
    Path file = Files.writeString(dir.resolve("caseload.jsonl"), MinzhengJson.mapper().writeValueAsString(household()) + "\n");
    CliRun r = run("payroll", "--caseload", file.toString(), "--month", "2021-01", "--price-index", "none", "--lang", "en",
        "--format", "json", "--out", "cent");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode s = MinzhengJson.mapper().readTree(r.out());
    boolean found = false;
    for (JsonNode row : s.get("counties")) {
      if (row.get("scheme").asText().equals("CENTENARIAN_TOP_UP") && row.get("key").asText().equals("410421")) {
        assertThat(row.get("amount").asText()).isEqualTo("200.00");
        found = true;
      }
    }
    assertThat(found).as(r.out()).isTrue();
  }

  @Test
  void checkRunsItsDeclarativeCases() throws Exception {
    Path cases = dir.resolve("centenarian.yaml");
    try (InputStream in = CentenarianModuleTest.class.getResourceAsStream("/centenarian-cases/centenarian.yaml")) {
      Files.write(cases, in.readAllBytes());
    }
    CliRun r = run("check", cases.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 passed, 0 failed");
  }

  static Properties load(String path) throws IOException {
    try (InputStream in = CentenarianTopUp.class.getResourceAsStream(path)) {
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      return p;
    }
  }

  static TreeSet<String> arguments(String pattern) {
    TreeSet<String> s = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }
}
