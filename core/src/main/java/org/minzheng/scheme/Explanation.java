package org.minzheng.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import org.minzheng.standard.LegalBasis;

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
   * {@code dibao.standard.urban = 570.00 元/人/月 [自2020-01-01] 平民〔2020〕5号 … (SEED; …)}. Units,
   * outcomes and document titles (where the legal basis gives an English title) are in the locale's
   * language. A step's result follows an arrow, except a {@code true}, {@code false} or
   * {@code unknown} result, which the step's text already states in words.
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
      String result = result(s.result(), locale);
      if (!result.isEmpty()) {
        sb.append(" → ").append(result);
      }
      sb.append('\n');
      for (ParameterUse p : s.parameters()) {
        sb.append("   ").append(p.id()).append(" = ").append(p.value());
        String unit = zh ? p.unit() : p.unitEnglish();
        if (!unit.isEmpty()) {
          sb.append(' ').append(unit);
        }
        sb.append(zh ? " [自" : " [from ").append(p.effectiveFrom());
        p.effectiveUntil().ifPresent(u -> sb.append(zh ? " 至 " : " until ").append(u).append(zh ? "(不含)" : " (excl.)"));
        sb.append("] ").append(zh ? p.basis().toString() : english(p.basis()));
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

  private static String result(String result, Locale locale) {
    switch (result) {
      case "true":
      case "false":
      case "unknown":
        return "";
      case "ELIGIBLE":
      case "INELIGIBLE":
      case "UNDETERMINED":
        return Outcome.valueOf(result).label().in(locale);
      default:
        return result;
    }
  }

  private static String english(LegalBasis b) {
    return b.documentNumber() + " " + b.titleEnglish().orElse(b.title()) + b.article().map(a -> " " + a).orElse("");
  }
}
