package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * What is needed to reproduce a result: the library version, the standards modules and their
 * versions, and a hash of the parameter values used.
 *
 * @param libraryVersion the minzheng version, not null
 * @param modules standards module id → version, sorted by id
 * @param parameterHash SHA-256 (hex) of the parameter values used, in a canonical order, not null
 * @param knownOn the knowledge date of the calculation (rules.md §11) when it is not the day it ran;
 *     empty for a calculation as known on its today (since 0.2)
 * @since 0.1
 */
public record Stamp(String libraryVersion, Map<String, String> modules, String parameterHash,
    java.util.Optional<java.time.LocalDate> knownOn) {
  /**
   * Copies the map, sorted.
   *
   * @param libraryVersion the minzheng version, not null
   * @param modules standards module id → version, sorted by id
   * @param parameterHash SHA-256 (hex) of the parameter values used, in a canonical order, not null
   * @param knownOn the knowledge date of the calculation (rules.md §11) when it is not the day it ran; empty for a calculation as known on its today (since 0.2)
   */
  public Stamp {
    requireNonNull(libraryVersion, "libraryVersion");
    modules = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(modules));
    requireNonNull(parameterHash, "parameterHash");
    requireNonNull(knownOn, "knownOn");
  }

  /**
   * A stamp of a calculation as known on today (no knowledge date named).
   *
   * @param libraryVersion the library version, not null
   * @param modules module id to version, not null
   * @param parameterHash the SHA-256 of the parameters used, not null
   */
  public Stamp(String libraryVersion, Map<String, String> modules, String parameterHash) {
    this(libraryVersion, modules, parameterHash, java.util.Optional.empty());
  }
}
