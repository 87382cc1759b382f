package org.minzheng.examples.cli;

import java.util.stream.Collectors;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;

/** Renders a household's results as readable text in Chinese or English. */
final class ResultText {
  private ResultText() {}

  static String render(HouseholdResult r, CommonOptions o) {
    StringBuilder sb = new StringBuilder();
    sb.append(o.t("家庭 ", "Household ")).append(r.householdId()).append("  ").append(r.month()).append('\n');
    for (SchemeResult s : r.results()) {
      sb.append('\n').append(o.zh() ? s.scheme().chinese() : s.scheme().english())
          .append("  ").append(who(s.beneficiary(), o)).append(": ").append(outcome(s, o));
      s.amount().ifPresent(a -> sb.append(' ').append(a).append(o.t(" 元", " yuan")));
      s.payee().filter(p -> !p.equals(s.beneficiary()))
          .ifPresent(p -> sb.append(o.t("  收款方 ", "  paid to ")).append(who(p, o)));
      sb.append('\n');
      for (Reason reason : s.reasons()) {
        sb.append(o.t("  原因: ", "  reason: ")).append(reason.text().in(o.lang().locale()))
            .append(" [").append(reason.code()).append("]\n");
      }
      for (Reason missing : s.missingFacts()) {
        sb.append(o.t("  缺少: ", "  missing: ")).append(missing.code()).append(" — ")
            .append(missing.text().in(o.lang().locale())).append('\n');
      }
      if (!s.explanation().isEmpty()) {
        s.explanation().render(o.lang().locale()).lines().forEach(l -> sb.append("  ").append(l).append('\n'));
      }
    }
    sb.append('\n').append(o.t("合计 ", "Total ")).append(r.total()).append(o.t(" 元", " yuan")).append('\n');
    sb.append(o.t("版本印记: ", "Stamp: ")).append("minzheng ").append(r.stamp().libraryVersion()).append("; ")
        .append(r.stamp().modules().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")))
        .append("; sha256 ").append(r.stamp().parameterHash()).append('\n');
    return sb.toString();
  }

  static String outcome(SchemeResult s, CommonOptions o) {
    return switch (s.outcome()) {
      case ELIGIBLE -> o.t("符合", "eligible");
      case INELIGIBLE -> o.t("不符合", "ineligible");
      case UNDETERMINED -> o.t("待定", "undetermined");
    };
  }

  static String who(Beneficiary b, CommonOptions o) {
    return switch (b.kind()) {
      case PERSON -> o.t("成员 ", "member ") + b.id(); // masked with the rest of the text by ShowIds
      case HOUSEHOLD -> o.t("家庭 ", "household ") + b.id();
      case INSTITUTION -> o.t("机构 ", "institution ") + b.id();
      case CASE -> o.t("个案 ", "case ") + b.id();
    };
  }

  /** Resident IDs are shown masked (first six and last four characters), as in a published roll. */
  static String mask(String id) {
    return ShowIds.apply(id, false);
  }
}
