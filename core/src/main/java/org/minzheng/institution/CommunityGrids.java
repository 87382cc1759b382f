package org.minzheng.institution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsView;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.standard.Parameters;

/**
 * Community grids (社区网格, rules.md §8): one grid per about
 * {@link Parameters#GRIDS_HOUSEHOLDS_PER_GRID} households (300 in standards-2020), the count rounded by
 * {@link Parameters#GRIDS_ROUNDING} (CEILING in standards-2020, an ASSUMPTION): 301 households → 2 grids.
 *
 * @since 0.1
 */
public final class CommunityGrids {
  private CommunityGrids() {}

  /**
   * The grids of one community.
   *
   * @param households the community's households, grids and the parameters used
   * @param grids the number of grids
   * @param parameters the parameters used, with their legal basis and status
   * @since 0.1
   */
  public record GridCount(long households, long grids, List<ParameterUse> parameters) {
    /**
     * Copies the list.
     *
     * @param households the community's households, grids and the parameters used
     * @param grids the number of grids
     * @param parameters the parameters used, with their legal basis and status
     */
    public GridCount {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * @param households the community's households, at least 0
   * @param standards the standards in force, not null
   * @return the grids for the community
   * @throws IllegalArgumentException if {@code households} is negative
   * @throws org.minzheng.standard.StandardNotFoundException if a grid parameter has no value in force (strict mode)
   */
  public static GridCount gridsFor(long households, StandardsView standards) {
    checkArgument(households >= 0, "households %s is negative", households);
    requireNonNull(standards, "standards");
    ResolvedParameter<Integer> per = standards.get(Parameters.GRIDS_HOUSEHOLDS_PER_GRID);
    ResolvedParameter<RoundingMode> mode = standards.get(Parameters.GRIDS_ROUNDING);
    checkArgument(per.value() > 0, "parameter %s is %s; it must be positive", Parameters.GRIDS_HOUSEHOLDS_PER_GRID, per.value());
    long grids = BigDecimal.valueOf(households).divide(BigDecimal.valueOf(per.value()), 0, mode.value()).longValueExact();
    return new GridCount(households, grids, List.of(per.toUse(), mode.toUse()));
  }

  /**
   * The grids of many communities, each rounded on its own.
   *
   * @param households the households of each community, not null
   * @param standards the standards in force, not null
   * @return the total number of grids
   */
  public static long totalGrids(Iterable<Long> households, StandardsView standards) {
    long total = 0;
    for (Long h : households) {
      total += gridsFor(h, standards).grids();
    }
    return total;
  }
}
