package org.minzheng.household;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.minzheng.standard.MinzhengException;

/**
 * Input that cannot be calculated on: a household with no members, a negative income, a birth date
 * that disagrees with the resident ID, a month before any standard's data. Every problem found is
 * listed, each naming its field and value.
 *
 * @since 0.1
 */
public class InvalidInputException extends MinzhengException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, each naming the field and its value. */
  private final ImmutableList<String> problems;

  /**
   * @param problems each problem, naming the field and the value, not empty
   */
  public InvalidInputException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems: " + String.join("; ", problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * @param problem the problem, naming the field and the value
   */
  public InvalidInputException(String problem) {
    this(ImmutableList.of(problem));
  }

  /** @return every problem found */
  public List<String> problems() {
    return problems;
  }
}
