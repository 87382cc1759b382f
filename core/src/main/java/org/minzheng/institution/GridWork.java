package org.minzheng.institution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.minzheng.StandardsView;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;

/**
 * The city communities divided into grids, and the staff put into them (seed 一、(六) 二是: "将城市区117个社区
 * 划分1340个网格, … 选聘专职网格员996人, 下沉199名骨干担任社区网格联络员"). The grids are counted from the
 * communities' households by {@link CommunityGrids} (rules.md §8).
 *
 * @param communities the communities, not null
 * @param gridWorkers full-time grid workers hired (专职网格员), at least 0
 * @param liaisonStaff staff sent down as grid liaison (网格联络员), at least 0
 * @since 0.1
 */
public record GridWork(List<Community> communities, int gridWorkers, int liaisonStaff) {
  /**
   * One community.
   *
   * @param name its name, not blank
   * @param region its county-level region, not null
   * @param households its households, at least 0
   * @since 0.1
   */
  public record Community(String name, RegionCode region, long households) {
    /**
     * Checks the components.
     *
     * @param name its name, not blank
     * @param region its county-level region, not null
     * @param households its households, at least 0
     */
    public Community {
      checkArgument(!requireNonNull(name, "name").isBlank(), "community name is blank");
      requireNonNull(region, "region");
      checkArgument(households >= 0, "community %s: households %s is negative", name, households);
    }
  }

  /**
   * Copies the list and checks the counts.
   *
   * @param communities the communities, not null
   * @param gridWorkers full-time grid workers hired (专职网格员), at least 0
   * @param liaisonStaff staff sent down as grid liaison (网格联络员), at least 0
   */
  public GridWork {
    communities = List.copyOf(requireNonNull(communities, "communities"));
    checkArgument(gridWorkers >= 0, "gridWorkers %s is negative", gridWorkers);
    checkArgument(liaisonStaff >= 0, "liaisonStaff %s is negative", liaisonStaff);
  }

  /**
   * @param standards the standards in force (households per grid, rounding), not null
   * @return the grids of every community, each rounded on its own
   */
  public long grids(StandardsView standards) {
    return CommunityGrids.totalGrids(communities.stream().map(Community::households).toList(), standards);
  }

  /**
   * @param standards the standards in force, not null
   * @param locale Chinese or else English, not null
   * @return e.g. {@code 按照每300户左右设置1个网格的原则，将城市区117个社区划分1340个网格，选聘专职网格员996人，下沉199名骨干担任社区网格联络员}
   */
  public String render(StandardsView standards, Locale locale) {
    int per = standards.value(Parameters.GRIDS_HOUSEHOLDS_PER_GRID);
    long grids = grids(standards);
    return "zh".equals(requireNonNull(locale, "locale").getLanguage())
        ? "按照每" + per + "户左右设置1个网格的原则，将城市区" + communities.size() + "个社区划分" + grids + "个网格，选聘专职网格员"
            + gridWorkers + "人，下沉" + liaisonStaff + "名骨干担任社区网格联络员"
        : "one grid per about " + per + " households: " + communities.size() + " city communities divided into " + grids
            + " grids, " + gridWorkers + " full-time grid workers hired, " + liaisonStaff + " staff sent down as grid liaison";
  }
}
