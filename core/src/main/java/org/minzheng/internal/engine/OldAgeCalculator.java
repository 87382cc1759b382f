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
      e.step("oldAge.age", p.uses(AGE_REFERENCE, LEAP_DAY_BIRTHDAY, OLD_AGE_BANDS), band < 0 ? null : p.bandMin[band],
          age, p.ageReference.dayFor(p.month), p.ageReference, band < 0 ? null : p.bandMin[band], p.text(OLD_AGE_BANDS),
          Dates.toDate(w.birth[i]));
      Boolean knownWithin = hukouCode == null ? null : within;
      e.step("oldAge.hukou", p.uses(OLD_AGE_HUKOU_REGION), knownWithin, hukouCode, p.hukouRegion, knownWithin);
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
      e.step("oldAge.amount", p.uses(OLD_AGE_BANDS, OLD_AGE_ROUNDING), p.bandAmount[band].get(), p.bandAmount[band].get(),
          p.bandMin[band]);
    }
    return new SchemeResult(Scheme.OLD_AGE_ALLOWANCE, p.month, w.beneficiary[i], Outcome.ELIGIBLE, p.bandAmount[band],
        w.payee(i), List.of(), List.of(), Expl.of(e));
  }
}
