package org.minzheng.institution;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The construction-progress summary a bureau reports (seed: "新建7个综合养老服务中心、30个老年人日间照料中心
 * 和60个农村幸福院……已建成23个……正处于建设阶段"): per kind, how many are planned in all, built,
 * under construction, and not yet started.
 *
 * @since 0.1
 */
public final class ConstructionProgress {
  private final EnumMap<InstitutionKind, Tally> byKind;

  /**
   * The counts of one kind or group of kinds.
   *
   * @param planned every institution in the plan, whatever its status
   * @param built completed or operating (已建成)
   * @param underConstruction under construction (在建)
   * @param notStarted planned or approved, not yet building
   * @since 0.1
   */
  public record Tally(int planned, int built, int underConstruction, int notStarted) {
    static final Tally ZERO = new Tally(0, 0, 0, 0);

    Tally plus(ConstructionStatus s) {
      return new Tally(planned + 1, built + (s.isBuilt() ? 1 : 0),
          underConstruction + (s == ConstructionStatus.UNDER_CONSTRUCTION ? 1 : 0),
          notStarted + (s == ConstructionStatus.PLANNED || s == ConstructionStatus.APPROVED ? 1 : 0));
    }

    Tally plus(Tally t) {
      return new Tally(planned + t.planned, built + t.built, underConstruction + t.underConstruction, notStarted + t.notStarted);
    }
  }

  private ConstructionProgress(EnumMap<InstitutionKind, Tally> byKind) {
    this.byKind = byKind;
  }

  /**
   * Counts institutions by kind and status.
   *
   * @param institutions the institutions in the plan, not null
   * @return the summary
   */
  public static ConstructionProgress of(Iterable<Institution> institutions) {
    requireNonNull(institutions, "institutions");
    EnumMap<InstitutionKind, Tally> m = new EnumMap<>(InstitutionKind.class);
    for (Institution i : institutions) {
      m.merge(i.kind(), Tally.ZERO.plus(i.status()), Tally::plus);
    }
    return new ConstructionProgress(m);
  }

  /**
   * @param kind a kind, not null
   * @return its counts (zeros if none)
   */
  public Tally of(InstitutionKind kind) {
    return byKind.getOrDefault(requireNonNull(kind, "kind"), Tally.ZERO);
  }

  /**
   * @param kinds kinds reported together (e.g. centres and day-care centres), not null
   * @return their counts summed
   */
  public Tally of(Collection<InstitutionKind> kinds) {
    Tally t = Tally.ZERO;
    for (InstitutionKind k : kinds) {
      t = t.plus(of(k));
    }
    return t;
  }

  /** @return the counts by kind, for the kinds present */
  public Map<InstitutionKind, Tally> byKind() {
    return java.util.Collections.unmodifiableMap(new EnumMap<>(byKind));
  }

  /**
   * One sentence per group of kinds, in the seed's shape, e.g. {@code 规划7个综合养老服务中心、30个老年人日间照料中心，已建成23个，在建14个，未开工0个}.
   *
   * @param kinds the kinds reported together, not empty, not null
   * @param locale Chinese or else English, not null
   * @return the sentence
   */
  public String render(Collection<InstitutionKind> kinds, Locale locale) {
    Tally t = of(kinds);
    boolean zh = "zh".equals(locale.getLanguage());
    String planned = kinds.stream()
        .map(k -> zh ? of(k).planned() + "个" + k.chinese() : of(k).planned() + " " + k.english() + (of(k).planned() == 1 ? "" : "s"))
        .collect(Collectors.joining(zh ? "、" : " and "));
    return zh
        ? "规划" + planned + "，已建成" + t.built() + "个，在建" + t.underConstruction() + "个，未开工" + t.notStarted() + "个"
        : "planned " + planned + ": " + t.built() + " built, " + t.underConstruction() + " under construction, "
            + t.notStarted() + " not started";
  }

  @Override
  public String toString() {
    return "ConstructionProgress" + byKind;
  }
}
