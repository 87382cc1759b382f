package org.minzheng.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.List;

/**
 * A scenario to simulate: a name and the reform documents laid, in order, over the installed
 * standards (see {@link org.minzheng.reform.ReformOverlay}); no documents is the baseline.
 *
 * <p>A scenario is only text, so it travels to Spark's executors as it is; each executor builds the
 * scenario's standards from it once and keeps them for the life of its JVM.
 *
 * @param name the scenario's name, as it appears in every result row, not blank
 * @param reformDocuments override documents as JSON text (the standards format, only the changed values), not null
 * @serial exclude
 * @since 0.1
 */
public record Scenario(String name, List<String> reformDocuments) implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Checks the name and copies the list.
   *
   * @param name the scenario's name, as it appears in every result row, not blank
   * @param reformDocuments override documents as JSON text (the standards format, only the changed values), not null
   */
  public Scenario {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a scenario's name is blank");
    }
    reformDocuments = List.copyOf(reformDocuments);
  }

  /** @return the installed standards unchanged, named {@code baseline} */
  public static Scenario baseline() {
    return new Scenario("baseline", List.of());
  }

  /**
   * @param name the scenario's name, not blank
   * @param reformDocuments override documents as JSON text, laid over the installed standards in order
   * @return the scenario
   */
  public static Scenario of(String name, String... reformDocuments) {
    return new Scenario(name, List.of(reformDocuments));
  }
}
