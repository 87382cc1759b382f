package org.minzheng.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.scheme.Explanation;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Step;

/**
 * Collects the steps of one result's explanation. Only created when explanations are on: callers
 * hold a {@code null} {@code Expl} otherwise and build no strings.
 */
final class Expl {
  private final ArrayList<Step> steps = new ArrayList<>(8);

  Expl step(String rule, String zh, String en, Map<String, String> inputs, List<ParameterUse> params, String result) {
    steps.add(new Step(rule, LocalizedText.of(zh, en), inputs, params, result));
    return this;
  }

  Expl addAll(List<Step> more) {
    steps.addAll(more);
    return this;
  }

  List<Step> steps() {
    return steps;
  }

  Explanation build() {
    return new Explanation(steps);
  }

  static Map<String, String> in(Object... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      m.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
    }
    return m;
  }

  static Explanation of(Expl e) {
    return e == null ? Explanation.NONE : e.build();
  }
}
