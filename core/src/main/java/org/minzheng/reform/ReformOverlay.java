package org.minzheng.reform;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.io.ByteSource;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.MinzhengJson;
import org.minzheng.json.StandardsJson;
import org.minzheng.standard.Claim;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.spi.StandardsDocument;

/**
 * A reform to cost: the baseline standards with some values changed, written as an ordinary
 * standards document (the same JSON format, its own module id, its own sources) that gives only the
 * values that change.
 *
 * <p>Each value of the override document replaces, over its own effective period, the baseline's
 * value of the same parameter for the same region, in the baseline module that claims that region
 * and scheme (at the region itself or, failing that, at its nearest ancestor). Outside that period
 * the baseline values stay. A value for a county whose city module claims the scheme is added to
 * that module with the override document's claim for the county, so the county overrides its city
 * as a county module would. Every other value, claim and module is the baseline's.
 *
 * <p>Changed modules are renamed {@code <baseline id>+<override id>}, so a result's stamp and every
 * explanation show that a reform, not the adopted standards, produced it; the override's values carry
 * the override document's legal basis and status.
 *
 * <p>Why not load the override as one more module? Two modules may not claim the same region and
 * scheme (the registry rejects the overlap), so a city-wide change could only be written as a claim
 * per county, and a change to a county that already has its own module could not be written at all.
 * Overlaying keeps the reform document as small as the change: "urban standard 570 → 600" is one value.
 *
 * @since 0.1
 */
public final class ReformOverlay {
  private final StandardSet override;

  private ReformOverlay(StandardSet override) {
    this.override = override;
  }

  /**
   * @param override the changed values, as a validated standards set, not null
   * @return the overlay
   */
  public static ReformOverlay of(StandardSet override) {
    return new ReformOverlay(requireNonNull(override, "override"));
  }

  /**
   * Reads an override document.
   *
   * @param name the document's name for messages (e.g. its file name), not null
   * @param json the document's bytes, not null
   * @return the overlay
   * @throws StandardsConfigurationException listing every problem of the document, with JSON paths
   */
  public static ReformOverlay read(String name, ByteSource json) {
    requireNonNull(name, "name");
    requireNonNull(json, "json");
    String module;
    try {
      JsonNode tree = MinzhengJson.mapper().readTree(json.read());
      JsonNode m = tree == null ? null : tree.get("module");
      if (m == null || !m.isTextual() || m.asText().isBlank()) {
        throw new StandardsConfigurationException(List.of(name + ": $.module is missing; an override document "
            + "names its own module id, e.g. \"reform-urban-600\""));
      }
      module = m.asText();
    } catch (IOException e) {
      throw new StandardsConfigurationException(name + ": not JSON: " + e.getMessage(), e);
    }
    return of(StandardsJson.read(module, new StandardsDocument(name, json::openStream)));
  }

  /** @return the override document's module id */
  public String id() {
    return override.moduleId();
  }

  /** @return the override document as a standards set */
  public StandardSet override() {
    return override;
  }

  /**
   * The reform: {@code baseline}'s standards with this overlay's values.
   *
   * @param baseline the adopted standards, not null
   * @return a registry of the same mode holding the changed and unchanged modules
   * @throws StandardsConfigurationException if a value cannot be placed (no baseline module claims its
   *     scheme for the region or an ancestor on its first day) or the result does not validate
   */
  public StandardsRegistry applyTo(StandardsRegistry baseline) {
    List<StandardSet> sets = apply(baseline.standardSets());
    StandardsRegistry.Builder b = StandardsRegistry.builder().mode(baseline.mode());
    sets.forEach(b::add);
    return b.build();
  }

  /**
   * The reform as standard sets.
   *
   * @param baseline the adopted standard sets, not null
   * @return the sets, changed ones renamed {@code <id>+<override id>}, in the baseline's order
   * @throws StandardsConfigurationException if a value cannot be placed or a changed set does not validate
   */
  public List<StandardSet> apply(List<StandardSet> baseline) {
    Map<StandardSet, Edit> edits = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (RegionCode region : override.valueRegions()) {
      for (Map.Entry<ParameterKey<?>, List<ParameterValue<?>>> e : override.valuesFor(region).entrySet()) {
        for (ParameterValue<?> v : e.getValue()) {
          Optional<Target> target = target(baseline, region, v);
          if (target.isEmpty()) {
            problems.add(override.moduleId() + ": no baseline module claims " + v.key().scheme() + " for region "
                + region + " or an ancestor on " + v.effectiveFrom() + ", so " + v.key() + " has nothing to override");
            continue;
          }
          Edit edit = edits.computeIfAbsent(target.get().set(), s -> new Edit());
          edit.values.add(new Placed(region, v));
          if (!target.get().level().equals(region)) {
            override.claimFor(region, v.key().scheme(), v.effectiveFrom()).ifPresent(edit.claims::add);
            override.regions().stream().filter(r -> r.code().equals(region)).forEach(edit.regions::add);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new StandardsConfigurationException(problems);
    }
    List<StandardSet> out = new ArrayList<>();
    for (StandardSet s : baseline) {
      Edit edit = edits.get(s);
      out.add(edit == null ? s : rebuild(s, edit));
    }
    return out;
  }

  private record Target(StandardSet set, RegionCode level) {}

  private record Placed(RegionCode region, ParameterValue<?> value) {}

  private static final class Edit {
    final List<Placed> values = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    final List<RegionInfo> regions = new ArrayList<>();
  }

  private static Optional<Target> target(List<StandardSet> baseline, RegionCode region, ParameterValue<?> v) {
    for (RegionCode level : region.chain()) {
      for (StandardSet s : baseline) {
        if (s.claimFor(level, v.key().scheme(), v.effectiveFrom()).isPresent()) {
          return Optional.of(new Target(s, level));
        }
      }
    }
    return Optional.empty();
  }

  private StandardSet rebuild(StandardSet s, Edit edit) {
    StandardSet.Builder b = StandardSet.builder(s.moduleId() + "+" + override.moduleId(), s.version())
        .title(s.title() + " + " + override.title());
    s.regions().forEach(b::addRegion);
    edit.regions.stream().filter(r -> s.regions().stream().noneMatch(x -> x.code().equals(r.code())))
        .distinct().forEach(b::addRegion);
    s.claims().forEach(b::addClaim);
    edit.claims.stream().distinct().forEach(b::addClaim);
    for (RegionCode region : s.valueRegions()) {
      for (Map.Entry<ParameterKey<?>, List<ParameterValue<?>>> e : s.valuesFor(region).entrySet()) {
        List<ParameterValue<?>> replacing = edit.values.stream()
            .filter(p -> p.region().equals(region) && p.value().key().equals(e.getKey()))
            .<ParameterValue<?>>map(Placed::value).toList();
        for (ParameterValue<?> base : e.getValue()) {
          for (ParameterValue<?> piece : carve(base, replacing)) {
            b.addValue(region, piece, s.moduleId() + " " + region + " " + e.getKey());
          }
        }
      }
    }
    for (Placed p : edit.values) {
      b.addValue(p.region(), p.value(), override.moduleId() + " " + p.region() + " " + p.value().key());
    }
    return b.build();
  }

  /** What is left of {@code base} outside the periods of {@code replacing}. */
  private static List<ParameterValue<?>> carve(ParameterValue<?> base, List<ParameterValue<?>> replacing) {
    List<ParameterValue<?>> pieces = new ArrayList<>(List.of(base));
    for (ParameterValue<?> r : replacing) {
      List<ParameterValue<?>> next = new ArrayList<>();
      for (ParameterValue<?> p : pieces) {
        if (r.effectiveUntil().isPresent() && !r.effectiveUntil().get().isAfter(p.effectiveFrom())
            || p.effectiveUntil().isPresent() && !p.effectiveUntil().get().isAfter(r.effectiveFrom())) {
          next.add(p); // disjoint
          continue;
        }
        if (p.effectiveFrom().isBefore(r.effectiveFrom())) {
          next.add(withPeriod(p, p.effectiveFrom(), Optional.of(r.effectiveFrom())));
        }
        if (r.effectiveUntil().isPresent()
            && (p.effectiveUntil().isEmpty() || p.effectiveUntil().get().isAfter(r.effectiveUntil().get()))) {
          next.add(withPeriod(p, r.effectiveUntil().get(), p.effectiveUntil()));
        }
      }
      pieces = next;
    }
    return pieces;
  }

  private static <T> ParameterValue<T> withPeriod(ParameterValue<T> v, LocalDate from, Optional<LocalDate> until) {
    return new ParameterValue<>(v.key(), v.value(), from, until, v.basis(), v.status(), v.datingStatus(), v.note(),
        v.published());
  }

  @Override
  public String toString() {
    return "ReformOverlay[" + override.moduleId() + "]";
  }
}
