package org.minzheng.institution;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.minzheng.household.InstitutionId;
import org.minzheng.scheme.LocalizedText;
import org.minzheng.scheme.ParameterUse;

/**
 * Whether an institution must be covered by the dual-prevention system, and why.
 *
 * @param institution the institution's id, not null
 * @param counted true if the institution exists for the coverage rules ({@link Institution#countsForCoverage()});
 *     when false it is neither covered nor a gap, and {@code covered} is false
 * @param covered true if at least one clause applies
 * @param clauses the clauses that apply, in declaration order; empty if not covered
 * @param explanation each clause considered and its outcome, with the numbers, in Chinese and English, not null
 * @param parameters the thresholds used, with their legal basis and status, not null
 * @since 0.1
 */
public record DualPreventionAssessment(
    InstitutionId institution, boolean counted, boolean covered, List<CoverageClause> clauses, LocalizedText explanation,
    List<ParameterUse> parameters) {
  /**
   * Copies the lists.
   *
   * @param institution the institution's id, not null
   * @param counted true if the institution exists for the coverage rules ({@link Institution#countsForCoverage()}); when false it is neither covered nor a gap, and {@code covered} is false
   * @param covered true if at least one clause applies
   * @param clauses the clauses that apply, in declaration order; empty if not covered
   * @param explanation each clause considered and its outcome, with the numbers, in Chinese and English, not null
   * @param parameters the thresholds used, with their legal basis and status, not null
   */
  public DualPreventionAssessment {
    requireNonNull(institution, "institution");
    clauses = List.copyOf(clauses);
    requireNonNull(explanation, "explanation");
    parameters = List.copyOf(parameters);
  }
}
