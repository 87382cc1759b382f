package org.minzheng.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.scheme.Explanation;
import org.minzheng.scheme.ParameterUse;
import org.minzheng.scheme.Step;

/**
 * Collects the steps of one result's explanation as data (a key, typed arguments, the parameters
 * used, the result); no text is built here. Only created when explanations are on: callers hold a
 * {@code null} {@code Expl} otherwise.
 */
final class Expl {
  private final ArrayList<Step> steps = new ArrayList<>(8);

  /** Records a step: its key, the parameters used, its result (null for none) and its arguments in message order. */
  Expl step(String key, List<ParameterUse> params, Object result, Object... args) {
    steps.add(Step.of(key, params, result, args));
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

  static Explanation of(Expl e) {
    return e == null ? Explanation.NONE : e.build();
  }
}
