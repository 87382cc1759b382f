package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One step of an explanation: the rule applied, the inputs and parameters it used, and what it gave.
 *
 * @param rule a stable rule id, e.g. {@code dibao.gap}, not null
 * @param text what the step does, with the numbers, in Chinese and English, not null
 * @param inputs the input values used, by name (e.g. {@code countedMembers -> 3}), in order
 * @param parameters the parameters used
 * @param result what the step gave, as text (e.g. {@code 810.00}); empty if nothing
 * @since 0.1
 */
public record Step(String rule, LocalizedText text, Map<String, String> inputs, List<ParameterUse> parameters, String result) {
  /** Copies the collections. */
  public Step {
    requireNonNull(rule, "rule");
    requireNonNull(text, "text");
    inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
    parameters = List.copyOf(parameters);
    requireNonNull(result, "result");
  }
}
