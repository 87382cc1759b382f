package org.minzheng.spark;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a scenario's standards were, as the driver checked them: the standards modules and versions
 * used (a reform's changed modules are named {@code <module>+<reform>}) and a SHA-256 over the stamps
 * of every declared county in every simulated month. Each executor recomputes it from the scenario's
 * text and its own installed standards, and refuses to calculate if it differs.
 *
 * @param scenario the scenario's name, not null
 * @param modules module id → version, sorted, not null
 * @param digest SHA-256 (hex) of the per-county, per-month stamps, not null
 * @serial exclude
 * @since 0.1
 */
public record ScenarioStamp(String scenario, Map<String, String> modules, String digest) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Copies the map, sorted.
   *
   * @param scenario the scenario's name, not null
   * @param modules module id → version, sorted, not null
   * @param digest SHA-256 (hex) of the per-county, per-month stamps, not null
   */
  public ScenarioStamp {
    modules = Collections.unmodifiableSortedMap(new TreeMap<>(modules));
  }
}
