package org.minzheng.institution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.minzheng.StandardsView;
import org.minzheng.household.InstitutionId;

/**
 * The dual-prevention construction programme of a year (双重预防体系建设, seed 一、(十): "我市选定的44家建设单位,
 * 已完成建设35家"): the institutions selected, and those whose construction is done.
 *
 * @param selected the institutions selected (建设单位), not null
 * @param done those done, each of them selected, not null
 * @since 0.1
 */
public record DualPreventionProgramme(Set<InstitutionId> selected, Set<InstitutionId> done) {
  /**
   * Copies the sets.
   *
   * @throws IllegalArgumentException if an institution is done but not selected
   * @param selected the institutions selected (建设单位), not null
   * @param done those done, each of them selected, not null
   */
  public DualPreventionProgramme {
    selected = Set.copyOf(requireNonNull(selected, "selected"));
    done = Set.copyOf(requireNonNull(done, "done"));
    for (InstitutionId id : done) {
      checkArgument(selected.contains(id), "institution %s is done but was not selected", id);
    }
  }

  /**
   * The gaps: institutions that must be covered (rules.md §7; {@link DualPrevention#assess}) and exist, but
   * that the programme has not selected. A planned institution is never a gap.
   *
   * @param institutions the institutions, not null
   * @param standards the standards in force (thresholds), not null
   * @return the gaps, in the order given
   */
  public List<Institution> gaps(Iterable<Institution> institutions, StandardsView standards) {
    List<Institution> gaps = new ArrayList<>();
    for (Institution i : requireNonNull(institutions, "institutions")) {
      DualPreventionAssessment a = DualPrevention.assess(i, standards);
      if (a.counted() && a.covered() && !selected.contains(i.id())) {
        gaps.add(i);
      }
    }
    return gaps;
  }

  /**
   * @param locale Chinese or else English, not null
   * @return e.g. {@code 双重预防体系选定的44家建设单位，已完成建设35家}
   */
  public String render(Locale locale) {
    return "zh".equals(requireNonNull(locale, "locale").getLanguage())
        ? "双重预防体系选定的" + selected.size() + "家建设单位，已完成建设" + done.size() + "家"
        : selected.size() + " institutions selected for the dual-prevention system, " + done.size() + " done";
  }
}
