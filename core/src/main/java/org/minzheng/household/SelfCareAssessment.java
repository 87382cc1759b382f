package org.minzheng.household;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * An assessment of the six self-care activities: the ones the person cannot do alone.
 *
 * @param unable the activities the person cannot do; empty if fully self-caring
 * @since 0.1
 */
public record SelfCareAssessment(Set<DailyActivity> unable) {
  /**
   * Copies the set.
   *
   * @param unable the activities the person cannot do; empty if fully self-caring
   */
  public SelfCareAssessment {
    requireNonNull(unable, "unable");
    unable = unable.isEmpty() ? Set.of() : Sets.immutableEnumSet(EnumSet.copyOf(unable));
  }

  /**
   * @param unable the activities the person cannot do
   * @return the assessment
   */
  public static SelfCareAssessment unable(DailyActivity... unable) {
    return new SelfCareAssessment(Set.of(unable));
  }

  /** @return the level the assessment gives */
  public SelfCareLevel level() {
    return SelfCareLevel.ofUnable(unable.size());
  }
}
