package org.minzheng.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;

/**
 * Edits of a {@link StandardSet} for tests: the same module with one parameter's values changed, or
 * under another id. Each edit rebuilds the set, so it is validated again.
 *
 * <pre>{@code
 * StandardSet higher = StandardSets.withValues(set, Parameters.DIBAO_STANDARD_URBAN, m -> m.plus(Money.ofYuan(10)));
 * }</pre>
 *
 * @since 0.1
 */
public final class StandardSets {
  private StandardSets() {}

  /**
   * The set with every dated value of {@code key}, in every region, passed through {@code change}.
   *
   * @param <T> the type of the parameter
   * @param set the set, not null
   * @param key the parameter, not null
   * @param change the change, not null, never returning null
   * @return the changed set, with the same id and version
   * @throws StandardsConfigurationException if the changed set is invalid (e.g. negative money)
   */
  public static <T> StandardSet withValues(StandardSet set, ParameterKey<T> key, UnaryOperator<T> change) {
    requireNonNull(key, "key");
    requireNonNull(change, "change");
    return rebuild(set, set.moduleId(), set.version(), v -> {
      if (!v.key().equals(key)) {
        return v;
      }
      @SuppressWarnings("unchecked")
      ParameterValue<T> t = (ParameterValue<T>) v;
      return new ParameterValue<>(key, change.apply(t.value()), t.effectiveFrom(), t.effectiveUntil(), t.basis(),
          t.status(), t.datingStatus(), t.note(), t.published());
    });
  }

  /**
   * @param set the set, not null
   * @param moduleId the new id, not null
   * @param version the new version, not null
   * @return the same content under another id and version
   */
  public static StandardSet withId(StandardSet set, String moduleId, String version) {
    return rebuild(set, moduleId, version, UnaryOperator.identity());
  }

  private static StandardSet rebuild(StandardSet set, String moduleId, String version,
      UnaryOperator<ParameterValue<?>> change) {
    requireNonNull(set, "set");
    StandardSet.Builder b = StandardSet.builder(moduleId, version).title(set.title());
    for (RegionInfo r : set.regions()) {
      b.addRegion(r);
    }
    set.claims().forEach(b::addClaim);
    set.published().ifPresent(b::published);
    set.supersedes().forEach(b::supersedes);
    for (RegionCode region : set.valueRegions()) {
      for (Map.Entry<ParameterKey<?>, List<ParameterValue<?>>> e : set.valuesFor(region).entrySet()) {
        int i = 0;
        for (ParameterValue<?> v : e.getValue()) {
          b.addValue(region, change.apply(v), region + "/" + e.getKey().id() + "[" + i++ + "]");
        }
      }
    }
    return b.build();
  }
}
