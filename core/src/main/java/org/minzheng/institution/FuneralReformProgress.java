package org.minzheng.institution;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which reporting units have reached each step of the funeral-reform campaign (推进移风易俗倡树文明殡葬新风,
 * 平办〔2020〕5号; seed 一、(七)): an implementation plan issued, a leading group set up, a working
 * meeting held.
 *
 * @param units the units that reached each step, in the order the report names them, not null
 * @since 0.1
 */
public record FuneralReformProgress(Map<Step, List<ReportingUnit>> units) {
  /** The steps the seed reports. */
  public enum Step {
    /** 出台实施方案. */
    PLAN_ISSUED("均已出台对应的实施方案", "have issued their implementation plans"),
    /** 成立工作领导小组. */
    LEADING_GROUP("已成立工作领导小组", "have set up leading groups"),
    /** 召开推进会议. */
    MEETING_HELD("已召开推进移风易俗倡树文明殡葬新风工作会议", "have held working meetings on the campaign");

    private final String chinese;
    private final String english;

    Step(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }
  }

  /**
   * Copies the map and lists.
   *
   * @param units the units that reached each step, in the order the report names them, not null
   */
  public FuneralReformProgress {
    EnumMap<Step, List<ReportingUnit>> m = new EnumMap<>(Step.class);
    requireNonNull(units, "units").forEach((k, v) -> m.put(requireNonNull(k, "step"), List.copyOf(v)));
    units = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The seed's sentence, e.g. {@code 新华区、湛河区、卫东区、城乡一体化示范区、郏县、石龙区均已出台对应的实施方案；…}.
   *
   * @param locale Chinese or else English, not null
   * @return the sentence, one clause per step that some unit reached
   */
  public String render(Locale locale) {
    boolean zh = "zh".equals(requireNonNull(locale, "locale").getLanguage());
    return units.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getValue().stream().map(u -> u.name(zh)).collect(Collectors.joining(zh ? "、" : ", "))
            + (zh ? e.getKey().chinese : " " + e.getKey().english))
        .collect(Collectors.joining(zh ? "；" : "; "));
  }
}
