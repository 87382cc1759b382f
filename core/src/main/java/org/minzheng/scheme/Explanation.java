package org.minzheng.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;

/**
 * Why a scheme gave its result: the steps in order, each with its rule, inputs and parameters
 * (value, effective period, document, status). Empty when explanations are switched off.
 *
 * @param steps the steps, in order
 * @since 0.1
 */
public record Explanation(List<Step> steps) {
  /** An explanation with no steps: what a calculation with explanations off returns. */
  public static final Explanation NONE = new Explanation(List.of());

  /** Copies the list. */
  public Explanation {
    steps = List.copyOf(steps);
  }

  /** @return true if there are no steps */
  @JsonIgnore // derived, not a JSON property: without this the result cannot be read back
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * Renders the explanation as text, one line per step and one indented line per parameter, e.g.
   * {@code 城市低保标准 570.00 元/人/月 [2020-01-01起] 平民〔2020〕5号 … (SEED)}.
   *
   * @param locale {@link Locale#CHINESE} for Chinese, anything else for English; not null
   * @return the text
   */
  public String render(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    int n = 1;
    for (Step s : steps) {
      sb.append(n++).append(". ").append(s.text().in(locale));
      if (!s.result().isEmpty()) {
        sb.append(zh ? " → " : " → ").append(s.result());
      }
      sb.append('\n');
      for (ParameterUse p : s.parameters()) {
        sb.append("   ").append(p.id()).append(" = ").append(p.value());
        if (!p.unit().isEmpty()) {
          sb.append(' ').append(p.unit());
        }
        sb.append(zh ? " [自" : " [from ").append(p.effectiveFrom());
        p.effectiveUntil().ifPresent(u -> sb.append(zh ? " 至 " : " until ").append(u).append(zh ? "(不含)" : " (excl.)"));
        sb.append("] ").append(p.basis());
        sb.append(" (").append(p.status());
        if (p.datingStatus() != p.status()) {
          sb.append(zh ? "; 生效日期 " : "; dating ").append(p.datingStatus());
        }
        sb.append(zh ? "; 来源模块 " : "; module ").append(p.providerId()).append(' ').append(p.suppliedBy()).append(')');
        p.note().ifPresent(x -> sb.append(" — ").append(x));
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
