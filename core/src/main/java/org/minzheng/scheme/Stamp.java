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
 * @since 0.1
 */
public record Stamp(String libraryVersion, Map<String, String> modules, String parameterHash) {
  /** Copies the map, sorted. */
  public Stamp {
    requireNonNull(libraryVersion, "libraryVersion");
    modules = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(modules));
    requireNonNull(parameterHash, "parameterHash");
  }
}
