package org.minzheng.internal.engine;

import static org.minzheng.standard.Parameters.AGE_REFERENCE;
import static org.minzheng.standard.Parameters.LEAP_DAY_BIRTHDAY;
import static org.minzheng.standard.Parameters.OLD_AGE_BANDS;
import static org.minzheng.standard.Parameters.OLD_AGE_HUKOU_REGION;
import static org.minzheng.standard.Parameters.OLD_AGE_ROUNDING;

import java.util.List;
import java.util.Optional;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * Old-age allowance (高龄津贴, rules.md §5), per counted member: hukou within the region covered,
 * the amount of the age band the person's age (on the reference day) falls in.
 */
final class OldAgeCalculator {
  private OldAgeCalculator() {}

  static SchemeResult calculate(Work w, int i) {
    Params p = w.p;
    Expl e = w.explain ? new Expl().addAll(p.oldAgeWarnings) : null;
    int age = w.age[i];
    int band = -1;
    for (int b = 0; b < p.bandMin.length; b++) {
      if (age >= p.bandMin[b]) {
        band = b;
      }
    }
    if (band < 0 && e == null) { // decisive; the hukou need not even be read
      return PersonRule.ineligible(Scheme.OLD_AGE_ALLOWANCE, w, i, Reasons.L_BELOW_MINIMUM_AGE, null);
    }
    RegionCode hukouCode = w.person[i].hukouRegion().orElse(null);
    boolean within = hukouCode != null && hukouCode.code().startsWith(p.hukouPrefix);
    if (e != null) {
      Optional<RegionCode> hukou = Optional.ofNullable(hukouCode);
      e.step("oldAge.age",
          p.ageReference.dayFor(p.month) + " (" + p.ageReference + ") 时 " + age + " 周岁 → "
              + (band < 0 ? "低于最低年龄段 " + p.text(OLD_AGE_BANDS) : "年龄段 " + p.bandMin[band] + "+"),
          "aged " + age + " on " + p.ageReference.dayFor(p.month) + " (" + p.ageReference + ") → "
              + (band < 0 ? "below the lowest band " + p.text(OLD_AGE_BANDS) : "band " + p.bandMin[band] + "+"),
          Expl.in("birthDate", Dates.toDate(w.birth[i]), "age", age), p.uses(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, OLD_AGE_BANDS),
          band < 0 ? "" : p.bandMin[band] + "+");
      e.step("oldAge.hukou",
          "户籍 " + hukou.map(RegionCode::toString).orElse("未知") + " 在 " + p.hukouRegion + " 范围内: "
              + (hukou.isEmpty() ? "未知" : within ? "是" : "否"),
          "hukou " + hukou.map(RegionCode::toString).orElse("unknown") + " within " + p.hukouRegion + ": "
              + (hukou.isEmpty() ? "unknown" : within ? "yes" : "no"),
          Expl.in("members[" + w.rid[i] + "].hukouRegion", hukou.map(RegionCode::toString).orElse("unknown")),
          p.uses(OLD_AGE_HUKOU_REGION), hukou.isEmpty() ? "unknown" : String.valueOf(within));
    }
    if (band < 0) {
      return PersonRule.ineligible(Scheme.OLD_AGE_ALLOWANCE, w, i, Reasons.L_BELOW_MINIMUM_AGE, e);
    }
    if (hukouCode == null) {
      return new SchemeResult(Scheme.OLD_AGE_ALLOWANCE, p.month, w.beneficiary[i], Outcome.UNDETERMINED, Optional.empty(),
          Optional.empty(), List.of(), List.of(Reasons.memberFact(w.rid[i], "hukouRegion")), Expl.of(e));
    }
    if (!within) {
      return PersonRule.ineligible(Scheme.OLD_AGE_ALLOWANCE, w, i, Reasons.L_HUKOU_OUTSIDE_REGION, e);
    }
    if (e != null) {
      e.step("oldAge.amount", "高龄津贴 " + p.bandAmount[band].get() + " 元/月", "old-age allowance " + p.bandAmount[band].get()
          + " a month", Expl.in("band", p.bandMin[band] + "+"), p.uses(OLD_AGE_BANDS, OLD_AGE_ROUNDING),
          p.bandAmount[band].get().toString());
    }
    return new SchemeResult(Scheme.OLD_AGE_ALLOWANCE, p.month, w.beneficiary[i], Outcome.ELIGIBLE, p.bandAmount[band],
        w.payee(i), List.of(), List.of(), Expl.of(e));
  }
}
