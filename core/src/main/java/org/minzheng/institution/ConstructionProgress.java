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
   * @param notStarted planned, site selected or approved, not yet building
   * @since 0.1
   */
  public record Tally(int planned, int built, int underConstruction, int notStarted) {
    static final Tally ZERO = new Tally(0, 0, 0, 0);

    Tally plus(ConstructionStatus s) {
      return new Tally(planned + 1, built + (s.isBuilt() ? 1 : 0),
          underConstruction + (s == ConstructionStatus.UNDER_CONSTRUCTION ? 1 : 0),
          notStarted + (s.hasReached(ConstructionStatus.UNDER_CONSTRUCTION) ? 0 : 1));
    }

    Tally plus(Tally t) {
      return new Tally(planned + t.planned, built + t.built, underConstruction + t.underConstruction, notStarted + t.notStarted);
    }
  }

  private final EnumMap<InstitutionKind, int[]> reached; // by kind: count per ConstructionStatus ordinal reached

  private ConstructionProgress(EnumMap<InstitutionKind, Tally> byKind, EnumMap<InstitutionKind, int[]> reached) {
    this.byKind = byKind;
    this.reached = reached;
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
    EnumMap<InstitutionKind, int[]> reached = new EnumMap<>(InstitutionKind.class);
    for (Institution i : institutions) {
      m.merge(i.kind(), Tally.ZERO.plus(i.status()), Tally::plus);
      int[] r = reached.computeIfAbsent(i.kind(), k -> new int[ConstructionStatus.values().length]);
      for (ConstructionStatus s : ConstructionStatus.values()) {
        r[s.ordinal()] += i.status().hasReached(s) ? 1 : 0;
      }
    }
    return new ConstructionProgress(m, reached);
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

  /**
   * @param kind a kind, not null
   * @param stage a stage, not null
   * @return how many of the kind have reached {@code stage} or a later one (e.g. cemeteries whose site is selected)
   */
  public int reached(InstitutionKind kind, ConstructionStatus stage) {
    int[] r = reached.get(requireNonNull(kind, "kind"));
    return r == null ? 0 : r[requireNonNull(stage, "stage").ordinal()];
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
        .map(k -> zh ? of(k).planned() + "个" + k.chinese() : of(k).planned() + " " + plural(k.english(), of(k).planned()))
        .collect(Collectors.joining(zh ? "、" : " and "));
    return zh
        ? "规划" + planned + "，已建成" + t.built() + "个，在建" + t.underConstruction() + "个，未开工" + t.notStarted() + "个"
        : "planned " + planned + ": " + t.built() + " built, " + t.underConstruction() + " under construction, "
            + t.notStarted() + " not started";
  }

  /**
   * The seed's sentence for construction tasks counted by site selection, e.g.
   * {@code 7座城市公益性公墓建设任务，完成初步选址的有5座}.
   *
   * @param kind the kind, not null
   * @param locale Chinese or else English, not null
   * @return the sentence
   */
  public String renderSited(InstitutionKind kind, Locale locale) {
    int planned = of(kind).planned();
    int sited = reached(kind, ConstructionStatus.SITE_SELECTED);
    return "zh".equals(locale.getLanguage())
        ? planned + "座" + kind.chinese() + "建设任务，完成初步选址的有" + sited + "座"
        : "of " + planned + " " + plural(kind.english(), planned) + " planned, " + sited + " have a site selected";
  }

  private static String plural(String noun, int n) {
    return n == 1 ? noun : noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  @Override
  public String toString() {
    return "ConstructionProgress" + byKind;
  }
}
