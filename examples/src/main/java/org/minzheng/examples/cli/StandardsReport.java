package org.minzheng.examples.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.minzheng.StandardsRegistry;
import org.minzheng.standard.Claim;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.Status;

/**
 * What {@code minzheng standards} shows: the loaded modules, regions and claims, and three lints.
 *
 * <ul>
 *   <li><b>gaps</b>: for every declared region and parameter, the months (from the month the
 *       parameter first resolves, through the as-of month) in which nothing resolves, county → city →
 *       province: a benefit month that would fail in strict mode.
 *   <li><b>stale</b>: values in force on the as-of date that took effect more than a year before it.
 *   <li><b>assumptions</b>: every value whose amount or dating rests on an ASSUMPTION (rules.md).
 * </ul>
 */
record StandardsReport(LocalDate asOf, List<ModuleLine> modules, List<RegionLine> regions, List<ClaimLine> claims,
    List<Gap> gaps, List<ValueLine> stale, List<ValueLine> assumptions) {

  record ModuleLine(String id, String version, String title, int regions, int claims, int values) {}

  record RegionLine(String code, String chinese, String english, List<String> modules) {}

  record ClaimLine(String module, String region, String scheme, LocalDate effectiveFrom,
      Optional<LocalDate> effectiveUntil) {}

  /** Months {@code from} through {@code to} (inclusive) in which the parameter resolves in none of {@code regions}. */
  record Gap(String parameter, YearMonth from, YearMonth to, List<String> regions) {}

  record ValueLine(String module, String region, String parameter, String value, String unit, String unitEnglish,
      LocalDate effectiveFrom,
      Optional<LocalDate> effectiveUntil, Status status, Status datingStatus, String basis, Optional<String> note) {

    static ValueLine of(StandardSet set, RegionCode region, ParameterValue<?> v) {
      return new ValueLine(set.moduleId(), region.code(), v.key().id(), v.formattedValue(), v.key().unit().chinese(),
          v.key().unit().english(), v.effectiveFrom(), v.effectiveUntil(), v.status(), v.datingStatus(), v.basis().toString(), v.note());
    }
  }

  /**
   * The default as-of date of the lint: the first day of the latest month the loaded modules speak of (the latest
   * date a value or claim takes effect, or the last day of a claim that ends), so that a value is stale only
   * against the modules' own latest month, not against today.
   */
  static LocalDate latestClaimed(StandardsRegistry registry) {
    LocalDate latest = null;
    for (StandardSet s : registry.standardSets()) {
      for (Claim c : s.claims()) {
        latest = later(latest, c.effectiveFrom());
        if (c.effectiveUntil().isPresent()) {
          latest = later(latest, c.effectiveUntil().get().minusDays(1));
        }
      }
      for (RegionCode region : s.valueRegions()) {
        for (List<ParameterValue<?>> timeline : s.valuesFor(region).values()) {
          for (ParameterValue<?> v : timeline) {
            latest = later(latest, v.effectiveFrom());
          }
        }
      }
    }
    return latest == null ? null : latest.withDayOfMonth(1);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }

  static StandardsReport of(StandardsRegistry registry, LocalDate asOf) {
    List<ModuleLine> modules = new ArrayList<>();
    List<ClaimLine> claims = new ArrayList<>();
    List<ValueLine> stale = new ArrayList<>();
    List<ValueLine> assumptions = new ArrayList<>();
    Map<String, List<String>> modulesByRegion = new TreeMap<>();
    LocalDate earliest = null;
    LocalDate staleBefore = asOf.minusYears(1);
    for (StandardSet s : registry.standardSets()) {
      int values = 0;
      for (RegionInfo r : s.regions()) {
        modulesByRegion.computeIfAbsent(r.code().code(), k -> new ArrayList<>()).add(s.moduleId());
      }
      for (Claim c : s.claims()) {
        claims.add(new ClaimLine(s.moduleId(), c.region().code(), c.scheme().name(), c.effectiveFrom(), c.effectiveUntil()));
      }
      for (RegionCode region : s.valueRegions()) {
        for (List<ParameterValue<?>> timeline : s.valuesFor(region).values()) {
          for (ParameterValue<?> v : timeline) {
            values++;
            if (earliest == null || v.effectiveFrom().isBefore(earliest)) {
              earliest = v.effectiveFrom();
            }
            if (v.isInForceOn(asOf) && v.effectiveFrom().isBefore(staleBefore)) {
              stale.add(ValueLine.of(s, region, v));
            }
            if (v.restsOnAssumption()) {
              assumptions.add(ValueLine.of(s, region, v));
            }
          }
        }
      }
      modules.add(new ModuleLine(s.moduleId(), s.version(), s.title(), s.regions().size(), s.claims().size(), values));
    }
    claims.sort(Comparator.comparing(ClaimLine::region).thenComparing(ClaimLine::scheme)
        .thenComparing(ClaimLine::effectiveFrom));
    List<RegionLine> regions = registry.regions().stream()
        .map(r -> new RegionLine(r.code().code(), r.chinese(), r.english(),
            modulesByRegion.getOrDefault(r.code().code(), List.of())))
        .toList();
    List<Gap> gaps = earliest == null ? List.of() : gaps(registry, YearMonth.from(earliest), YearMonth.from(asOf));
    return new StandardsReport(asOf, modules, regions, claims, gaps, stale, assumptions);
  }

  private static List<Gap> gaps(StandardsRegistry registry, YearMonth first, YearMonth last) {
    // (parameter, from, to) -> regions, in a stable order
    Map<String, Gap> merged = new LinkedHashMap<>();
    for (RegionInfo info : registry.regions()) {
      RegionCode region = info.code();
      for (ParameterKey<?> key : Parameters.all()) {
        if (!givenAnywhere(registry, key, region)) {
          continue;
        }
        boolean started = false;
        YearMonth gapStart = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
          boolean present = registry.findParameter(key, region, m.atDay(1)).isPresent();
          if (present) {
            started = true;
            if (gapStart != null) {
              add(merged, key, gapStart, m.minusMonths(1), region);
              gapStart = null;
            }
          } else if (started && gapStart == null) {
            gapStart = m;
          }
        }
        if (gapStart != null) {
          add(merged, key, gapStart, last, region);
        }
      }
    }
    return List.copyOf(merged.values());
  }

  private static void add(Map<String, Gap> merged, ParameterKey<?> key, YearMonth from, YearMonth to, RegionCode region) {
    String k = key.id() + " " + from + " " + to;
    Gap g = merged.get(k);
    List<String> regions = new ArrayList<>(g == null ? List.of() : g.regions());
    regions.add(region.code());
    merged.put(k, new Gap(key.id(), from, to, regions));
  }

  private static boolean givenAnywhere(StandardsRegistry registry, ParameterKey<?> key, RegionCode region) {
    for (RegionCode level : region.chain()) {
      for (StandardSet s : registry.standardSets()) {
        if (!s.timeline(key, level).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Renders the report as text. */
  String render(CommonOptions o) {
    StringBuilder sb = new StringBuilder();
    sb.append(o.t("标准模块", "Standards modules")).append(" (").append(o.t("截至 ", "as of ")).append(asOf).append(")\n");
    for (ModuleLine m : modules) {
      sb.append("  ").append(m.id()).append(' ').append(m.version());
      if (!m.title().isEmpty()) {
        sb.append("  ").append(m.title());
      }
      sb.append("  ").append(o.t(m.regions() + " 个地区, " + m.claims() + " 项认领, " + m.values() + " 个参数值",
          m.regions() + " regions, " + m.claims() + " claims, " + m.values() + " values")).append('\n');
    }
    sb.append('\n').append(o.t("地区", "Regions")).append('\n');
    for (RegionLine r : regions) {
      sb.append("  ").append(r.code()).append("  ").append(o.zh() ? r.chinese() : r.english())
          .append("  [").append(String.join(", ", r.modules())).append("]\n");
    }
    sb.append('\n').append(o.t("认领 (地区, 项目, 有效期 [起, 止), 模块)", "Claims (region, scheme, effective [from, until), module)"))
        .append('\n');
    Map<String, List<ClaimLine>> byRegion = claims.stream()
        .collect(Collectors.groupingBy(ClaimLine::region, TreeMap::new, Collectors.toList()));
    byRegion.forEach((region, list) -> {
      sb.append("  ").append(region).append('\n');
      for (ClaimLine c : list) {
        org.minzheng.standard.Scheme scheme = org.minzheng.standard.Scheme.valueOf(c.scheme());
        sb.append("    ").append(String.format("%-28s", c.scheme())).append(' ')
            .append(o.zh() ? scheme.chinese() : scheme.english())
            .append("  [").append(c.effectiveFrom()).append(", ").append(c.effectiveUntil().map(Object::toString).orElse("∞"))
            .append(")  ").append(c.module()).append('\n');
      }
    });
    sb.append('\n').append(o.t("检查", "Lints")).append('\n');
    sb.append("  ").append(o.t("缺口 (某月无可用参数值): ", "gaps (months in which a parameter has no value): "))
        .append(gaps.size()).append('\n');
    for (Gap g : gaps) {
      sb.append("    ").append(g.parameter()).append("  ").append(g.from()).append(" .. ").append(g.to())
          .append("  ").append(o.t("地区 ", "regions ")).append(String.join(", ", g.regions())).append('\n');
    }
    sb.append("  ").append(o.t("陈旧 (截至日仍有效且生效已超过一年): ", "stale (in force on the as-of date, effective more than a year before it): "))
        .append(stale.size()).append('\n');
    for (ValueLine v : stale) {
      sb.append("    ").append(value(v, o)).append('\n');
    }
    sb.append("  ").append(o.t("假设 (数值或生效日期未经来源证实): ", "assumptions (value or dating not confirmed by a source): "))
        .append(assumptions.size()).append('\n');
    for (ValueLine v : assumptions) {
      sb.append("    ").append(value(v, o));
      v.note().ifPresent(n -> sb.append(" — ").append(n));
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String value(ValueLine v, CommonOptions o) {
    String status = v.status() == v.datingStatus() ? v.status().name()
        : v.status() + o.t("; 生效日期 ", "; dating ") + v.datingStatus();
    String unit = o.zh() ? v.unit() : v.unitEnglish();
    return v.region() + "  " + v.parameter() + " = " + v.value() + (unit.isEmpty() ? "" : " " + unit)
        + "  [" + v.effectiveFrom() + ", " + v.effectiveUntil().map(Object::toString).orElse("∞") + ")  " + status
        + "  " + v.module();
  }
}
