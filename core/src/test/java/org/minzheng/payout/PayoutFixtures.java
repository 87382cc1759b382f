package org.minzheng.payout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.StandardsRegistry;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Explanation;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Claim;
import org.minzheng.standard.LegalBasis;
import org.minzheng.standard.Money;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.Scheme;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;

/**
 * Test standards built with {@code StandardSet.builder}, households, and a stand-in for the engine
 * that applies rules.md §1 (补差, urban) and a fixed §2 centralized support, reading the urban standard
 * from the registry: enough to test what the payout does with the engine's results.
 */
public final class PayoutFixtures {
  public static final RegionCode CITY = RegionCode.of("410400");
  public static final RegionCode XINHUA = RegionCode.of("410402");
  public static final RegionCode YEXIAN = RegionCode.of("410422");
  public static final LegalBasis BASIS = new LegalBasis("T", "测试〔2020〕1号", Optional.empty(), "测试标准",
      Optional.of("test standard"), Optional.empty(), Optional.empty());

  private PayoutFixtures() {}

  /** One dated value of a parameter for the city. */
  public record Dated<T>(ParameterKey<T> key, T value, LocalDate from, Optional<LocalDate> until) {}

  public static <T> Dated<T> value(ParameterKey<T> key, T value, LocalDate from) {
    return new Dated<>(key, value, from, Optional.empty());
  }

  public static <T> Dated<T> value(ParameterKey<T> key, T value, LocalDate from, LocalDate until) {
    return new Dated<>(key, value, from, Optional.of(until));
  }

  /** A registry of one module for the city, claiming every scheme from 2019-01-01. */
  public static StandardsRegistry registry(String version, Dated<?>... values) {
    StandardSet.Builder b = StandardSet.builder("test-standards", version).title("test")
        .addRegion(new RegionInfo(CITY, "平顶山市", "Pingdingshan City"))
        .addRegion(new RegionInfo(XINHUA, "新华区", "Xinhua District"))
        .addRegion(new RegionInfo(YEXIAN, "叶县", "Ye County"));
    for (Scheme s : Scheme.values()) {
      b.addClaim(new Claim(CITY, s, LocalDate.of(2019, 1, 1), Optional.empty()));
    }
    int i = 0;
    for (Dated<?> d : values) {
      b.addValue(CITY, new ParameterValue<>(cast(d.key()), d.value(), d.from(), d.until(), BASIS, Status.SEED,
          Status.ASSUMPTION, Optional.empty()), "values[" + i++ + "]");
    }
    return StandardsRegistry.builder().add(b.build()).build();
  }

  @SuppressWarnings("unchecked")
  private static ParameterKey<Object> cast(ParameterKey<?> k) {
    return (ParameterKey<Object>) k;
  }

  /** The urban standard at 520 from 2019 on: what was known before the 2020 rise was published. */
  public static StandardsRegistry before2020Rise() {
    return registry("1", value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(520), LocalDate.of(2019, 1, 1)));
  }

  /** 520 in 2019, 570 from 2020-01-01: the rise published in March, effective from January. */
  public static StandardsRegistry with2020Rise() {
    return registry("2",
        value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(520), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)),
        value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(570), LocalDate.of(2020, 1, 1)));
  }

  /** 520 in 2019, 550 from 2020-01-01: a correction that lowers the 2020 value. */
  public static StandardsRegistry with2020Lowered() {
    return registry("3",
        value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(520), LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1)),
        value(Parameters.DIBAO_STANDARD_URBAN, Money.ofYuan(550), LocalDate.of(2020, 1, 1)));
  }

  /** A valid resident ID: 17 digits and their check character. */
  public static ResidentId rid(String first17) {
    return ResidentId.parse(first17 + ResidentId.checkCharacter(first17));
  }

  /** A resident ID for person number {@code n} (born 1970-01-01 … varying sequence). */
  public static ResidentId rid(int n) {
    return rid(String.format("410402%s%03d", n % 2 == 0 ? "19700101" : "19650615", n % 1000));
  }

  public static Person person(ResidentId id, long annualWages) {
    Person.Builder b = new Person.Builder().id(id).hukouRegion(XINHUA).hasCapableSupporter(false);
    if (annualWages > 0) {
      b.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(annualWages)));
    }
    return b.build();
  }

  /**
   * An urban household of {@code size} in Xinhua District whose members earn {@code monthlyIncome}
   * yuan a month in all (put on the first member as 12 months of wages).
   */
  public static Household household(String id, RegionCode region, int size, long monthlyIncome) {
    Household.Builder b = new Household.Builder().id(HouseholdId.of(id)).region(region)
        .residenceType(ResidenceType.URBAN).assetsWithinLimits(true);
    int base = Math.abs(id.hashCode() % 300) * 3;
    for (int i = 0; i < size; i++) {
      b.addMember(person(rid(base + i), i == 0 ? monthlyIncome * 12 : 0));
    }
    return b.build();
  }

  public static EnrolledHousehold enrolledInDibao(Household h, YearMonth start) {
    return new EnrolledHousehold(h, List.of(Enrollment.of(Scheme.DIBAO, Beneficiary.household(h.id().value()), h.id(), start)));
  }

  /**
   * A stand-in for the engine: dibao by 补差 (rules.md §1) on the urban standard of the registry, the
   * counted members being those who count in the month and do not live in an institution; and for a
   * member living in an institution, centralized extreme-poverty support of 1.3 × the standard, paid to
   * the institution. The stamp records the module version and the standard used.
   */
  public static PayoutRun.HouseholdCalculation engine(StandardsRegistry registry) {
    return (h, month) -> calculate(registry, h, month);
  }

  public static HouseholdResult calculate(StandardsRegistry registry, Household h, YearMonth month) {
    Money std = registry.standardFor(h.region(), month).value(Parameters.DIBAO_STANDARD_URBAN);
    StandardSet set = registry.standardSets().get(0);
    Stamp stamp = new Stamp("test", Map.of(set.moduleId(), set.version()), "urban=" + std);
    List<SchemeResult> results = new ArrayList<>();
    int n = 0;
    Money annual = Money.ZERO;
    for (Person p : h.members()) {
      if (!p.countsIn(month)) {
        continue;
      }
      if (p.institution().isPresent()) {
        Money amount = Money.of(std.toYuan().multiply(new BigDecimal("1.3")), org.minzheng.standard.Rounding.HALF_UP_FEN);
        results.add(new SchemeResult(Scheme.EXTREME_POVERTY, month, Beneficiary.person(p.id().value()), Outcome.ELIGIBLE,
            Optional.of(amount), Optional.of(Beneficiary.institution(p.institution().get().value())), List.of(), List.of(),
            Explanation.NONE));
        continue;
      }
      n++;
      annual = annual.plus(p.countedIncome());
    }
    Beneficiary hh = Beneficiary.household(h.id().value());
    if (n == 0) {
      results.add(0, ineligible(month, hh, "NO_COUNTED_MEMBER"));
    } else {
      // 补差: standard × n − (annual ÷ 12), exact, rounded once HALF_UP to the fen
      BigDecimal monthly = annual.toYuan().divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
      BigDecimal gap = std.toYuan().multiply(BigDecimal.valueOf(n)).subtract(monthly);
      if (gap.signum() <= 0) {
        results.add(0, ineligible(month, hh, "INCOME_NOT_BELOW_STANDARD"));
      } else {
        results.add(0, new SchemeResult(Scheme.DIBAO, month, hh, Outcome.ELIGIBLE,
            Optional.of(Money.of(gap, org.minzheng.standard.Rounding.HALF_UP_FEN)), Optional.of(hh), List.of(), List.of(),
            Explanation.NONE));
      }
    }
    return new HouseholdResult(h.id().value(), month, results, stamp);
  }

  private static SchemeResult ineligible(YearMonth month, Beneficiary b, String code) {
    return new SchemeResult(Scheme.DIBAO, month, b, Outcome.INELIGIBLE, Optional.empty(), Optional.empty(),
        List.of(new Reason(code, LocalizedText.of(code, code))), List.of(), Explanation.NONE);
  }

  public static Person inInstitution(ResidentId id, String institution) {
    return new Person.Builder().from(person(id, 0)).institution(InstitutionId.of(institution)).build();
  }

  public static Stamp stamp() {
    return new Stamp("test", Map.of("test-standards", "1"), "h");
  }

  /** A regular dibao line for household {@code id}, for ledger tests. */
  public static PayoutLine line(String id, YearMonth month, long yuan) {
    return new PayoutLine(month, month, Scheme.DIBAO, Beneficiary.household(id), Beneficiary.household(id),
        HouseholdId.of(id), XINHUA, PayoutKind.REGULAR, Money.ofYuan(yuan), 2, stamp());
  }
}
