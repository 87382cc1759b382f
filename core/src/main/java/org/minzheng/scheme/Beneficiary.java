package org.minzheng.scheme;

import static java.util.Objects.requireNonNull;

/**
 * Whom a result is about or to whom it is paid: a person (resident ID), a household, an
 * institution, or a temporary-assistance case.
 *
 * @param kind the kind, not null
 * @param id the identifier (resident ID, household id, institution id or case id), not null
 * @since 0.1
 */
public record Beneficiary(Kind kind, String id) implements Comparable<Beneficiary> {
  /** The kind of beneficiary or payee. */
  public enum Kind {
    /** A person, by resident ID. */
    PERSON,
    /** A household, by household id. */
    HOUSEHOLD,
    /** An institution, by institution id. */
    INSTITUTION,
    /** A temporary-assistance case, by case id. */
    CASE
  }

  /**
   * Checks the components.
   *
   * @param kind the kind, not null
   * @param id the identifier (resident ID, household id, institution id or case id), not null
   */
  public Beneficiary {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
  }

  /**
   * @param id resident ID
   * @return a person
   */
  public static Beneficiary person(String id) {
    return new Beneficiary(Kind.PERSON, id);
  }

  /**
   * @param id household id
   * @return a household
   */
  public static Beneficiary household(String id) {
    return new Beneficiary(Kind.HOUSEHOLD, id);
  }

  /**
   * @param id institution id
   * @return an institution
   */
  public static Beneficiary institution(String id) {
    return new Beneficiary(Kind.INSTITUTION, id);
  }

  @Override
  public int compareTo(Beneficiary o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return kind + ":" + id;
  }
}
