package org.minzheng.scheme;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Copies the list.
   *
   * @param steps the steps, in order
   */
  public Explanation {
    steps = List.copyOf(steps);
  }

  /** @return true if there are no steps */
  @JsonIgnore // derived, not a JSON property: without this the result cannot be read back
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * Renders the explanation with the installed schemes' messages: see {@link #render(Locale, StepMessages)}.
   *
   * @param locale the language (Chinese and English are shipped; others fall back to English), not null
   * @return the text
   */
  public String render(Locale locale) {
    return render(locale, StepMessages.installed());
  }

  /**
   * Renders the explanation as text: one numbered line per step, in the locale's language, then one
   * indented line per parameter the step used ({@code dibao.standard.urban = 570.00 元/人/月}), and
   * at the end each parameter's citation once, however many steps used it: value, unit, effective
   * period, legal document, status, dating status, the module and region level that supplied it, and
   * its note (notes are in the language the standards module wrote them in, which the text names).
   * A step's result follows an arrow, except a fact (true, false, unknown), which the step's words
   * already state.
   *
   * @param locale the language, not null
   * @param messages the messages of the schemes whose steps appear, not null
   * @return the text
   * @since 0.2
   */
  public String render(Locale locale, StepMessages messages) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    Map<String, ParameterUse> cited = new LinkedHashMap<>();
    int n = 1;
    for (Step s : steps) {
      sb.append(n++).append(". ").append(messages.text(s, locale));
      Object result = s.result();
      if (result != null && !(result instanceof Boolean)) {
        sb.append(" → ").append(messages.value(result, s.key(), locale));
      }
      sb.append('\n');
      for (ParameterUse p : s.parameters()) {
        sb.append("   ").append(p.id()).append(" = ").append(p.value());
        String unit = zh ? p.unit() : p.unitEnglish();
        if (!unit.isEmpty()) {
          sb.append(' ').append(unit);
        }
        sb.append('\n');
        cited.putIfAbsent(p.id() + "\u0000" + p.providerId() + "\u0000" + p.effectiveFrom(), p);
      }
    }
    if (!cited.isEmpty()) {
      sb.append(messages.word("explanation.parameters", locale)).append('\n');
      for (ParameterUse p : cited.values()) {
        sb.append("   ").append(p.id()).append(" = ").append(p.value());
        String unit = zh ? p.unit() : p.unitEnglish();
        if (!unit.isEmpty()) {
          sb.append(' ').append(unit);
        }
        sb.append(" [").append(messages.word("explanation.from", locale)).append(p.effectiveFrom());
        p.effectiveUntil().ifPresent(u -> sb.append(messages.word("explanation.until", locale)).append(u)
            .append(messages.word("explanation.exclusive", locale)));
        sb.append("] ").append(zh ? p.basis().toString() : english(p.basis()));
        sb.append(" (").append(p.status());
        if (p.datingStatus() != p.status()) {
          sb.append(messages.word("explanation.dating", locale)).append(p.datingStatus());
        }
        sb.append(messages.word("explanation.module", locale)).append(p.providerId()).append(' ').append(p.suppliedBy())
            .append(')');
        p.note().ifPresent(x -> sb.append(messages.word("explanation.note", locale)).append(x));
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String english(LegalBasis b) {
    // a document without an English title keeps its own, and says so: the reader is told which language it is in
    return b.documentNumber() + " " + b.titleEnglish().orElse(b.title() + " (title in Chinese)")
        + b.article().map(a -> " " + a).orElse("");
  }
}
