package org.minzheng.household;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.minzheng.standard.RegionCode;

/**
 * A series of monthly price indices by region, supplied by the caller (the library ships none as
 * official data). A lookup for a county falls back to its city, then its province.
 *
 * @param label where the figures come from, e.g. {@code "sample: national CPI (NBS)"}, not null
 * @param entries index by region and month
 * @since 0.1
 */
public record PriceIndexSeries(String label, Map<RegionCode, Map<YearMonth, PriceIndex>> entries) {
  /** An empty series: every price subsidy for a covered person is {@code UNDETERMINED}. */
  public static final PriceIndexSeries EMPTY = new PriceIndexSeries("empty", Map.of());

  /**
   * Copies the maps, sorted.
   *
   * @param label where the figures come from, e.g. {@code "sample: national CPI (NBS)"}, not null
   * @param entries index by region and month
   */
  public PriceIndexSeries {
    requireNonNull(label, "label");
    ImmutableSortedMap.Builder<RegionCode, Map<YearMonth, PriceIndex>> b = ImmutableSortedMap.naturalOrder();
    entries.forEach((r, m) -> b.put(r, ImmutableSortedMap.copyOf(new TreeMap<>(m))));
    entries = b.build();
  }

  /**
   * @param region the household's region, not null
   * @param month the month, not null
   * @return the index for the region or its nearest ancestor that has the month, if any
   */
  public Optional<PriceIndex> find(RegionCode region, YearMonth month) {
    for (RegionCode r : region.chain()) {
      Map<YearMonth, PriceIndex> m = entries.get(r);
      if (m != null && m.containsKey(month)) {
        return Optional.of(m.get(month));
      }
    }
    return Optional.empty();
  }

  /**
   * @param region a region, not null
   * @param month a month, not null
   * @param index the index, not null
   * @return a copy of this series with the entry added or replaced
   */
  public PriceIndexSeries with(RegionCode region, YearMonth month, PriceIndex index) {
    Map<RegionCode, Map<YearMonth, PriceIndex>> copy = new TreeMap<>();
    entries.forEach((r, m) -> copy.put(r, new TreeMap<>(m)));
    copy.computeIfAbsent(region, r -> new TreeMap<>()).put(month, index);
    return new PriceIndexSeries(label, copy);
  }
}
