package org.minzheng.household;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.minzheng.standard.DisabilityCategory;

/**
 * A certified disability (GB/T 26341-2010): category and grade, 1 the most severe.
 *
 * @param category the category, not null
 * @param grade 1 to 4
 * @param longTermCare whether the person needs long-term care (more than 6 months); when not
 *     given, true for grades 1–2 (rules.md §6)
 * @since 0.1
 */
public record Disability(DisabilityCategory category, int grade, Optional<Boolean> longTermCare) {
  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the grade is not 1-4; the message names it
   * @param category the category, not null
   * @param grade 1 to 4
   * @param longTermCare whether the person needs long-term care (more than 6 months); when not given, true for grades 1–2 (rules.md §6)
   */
  public Disability {
    requireNonNull(category, "category");
    checkArgument(grade >= 1 && grade <= 4, "disability grade %s is not 1-4", grade);
    longTermCare = longTermCare == null ? Optional.empty() : longTermCare;
  }

  /**
   * @param category the category, not null
   * @param grade 1 to 4
   * @return the disability with long-term care by default
   */
  public static Disability of(DisabilityCategory category, int grade) {
    return new Disability(category, grade, Optional.empty());
  }

  /** @return whether long-term care is needed: as given, else true for grades 1–2 */
  public boolean needsLongTermCare() {
    return longTermCare.orElse(grade <= 2);
  }
}
