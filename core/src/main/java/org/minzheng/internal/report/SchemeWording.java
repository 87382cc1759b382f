package org.minzheng.internal.report;

import org.minzheng.standard.Scheme;

/** How the seed's sentences name each scheme's recipients and money. */
public enum SchemeWording {
  DIBAO(Scheme.DIBAO, "低保人员", "低保金", "recipients", "minimum living guarantee"),
  EXTREME_POVERTY(Scheme.EXTREME_POVERTY, "特困人员", "特困救助供养金", "extreme-poverty persons", "extreme-poverty support"),
  TEMPORARY_ASSISTANCE(Scheme.TEMPORARY_ASSISTANCE, "困难群众", "临时救助金", "persons", "temporary assistance"),
  PRICE_SUBSIDY(Scheme.PRICE_SUBSIDY, "困难群众", "价格临时补贴", "persons", "price-linked temporary subsidy"),
  OLD_AGE_ALLOWANCE(Scheme.OLD_AGE_ALLOWANCE, "老年人", "高龄津贴", "older persons", "old-age allowance"),
  DISABILITY_LIVING_SUBSIDY(Scheme.DISABILITY_LIVING_SUBSIDY, "困难残疾人", "困难残疾人生活补贴", "disabled persons in hardship",
      "living subsidy for disabled people"),
  DISABILITY_NURSING_SUBSIDY(Scheme.DISABILITY_NURSING_SUBSIDY, "重度残疾人", "重度残疾人护理补贴", "severely disabled persons",
      "nursing subsidy for severely disabled people");

  public final Scheme scheme;
  public final String personsZh;
  public final String moneyZh;
  public final String personsEn;
  public final String moneyEn;

  SchemeWording(Scheme scheme, String personsZh, String moneyZh, String personsEn, String moneyEn) {
    this.scheme = scheme;
    this.personsZh = personsZh;
    this.moneyZh = moneyZh;
    this.personsEn = personsEn;
    this.moneyEn = moneyEn;
  }

  public static SchemeWording of(Scheme s) {
    for (SchemeWording w : values()) {
      if (w.scheme == s) {
        return w;
      }
    }
    throw new IllegalArgumentException("scheme " + s + " is not a benefit scheme");
  }
}
