package org.minzheng.household;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.household.InvalidInputException;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;

/**
 * A person and the facts the schemes need about them.
 *
 * <p>The birth date and sex come from the resident ID; a birth date given as well must agree with
 * it. Facts that may be unknown are {@link Optional}: a scheme that needs one answers
 * {@code UNDETERMINED} naming it.
 *
 * <pre>{@code
 * Person p = new Person.Builder()
 *     .id(ResidentId.parse("410402195001010018"))
 *     .hukouRegion(RegionCode.of("410402"))
 *     .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(6000)))
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

  /** @return the resident ID; the person's identity in every result */
  public abstract ResidentId id();

  /** @return a birth date given besides the ID, if any; it must equal the ID's */
  @JsonProperty("birthDate")
  public abstract Optional<LocalDate> declaredBirthDate();

  /** @return the region of the person's household registration (户籍), if known */
  public abstract Optional<RegionCode> hukouRegion();

  /** @return the certified disability, if any */
  public abstract Optional<Disability> disability();

  /** @return the self-care assessment, if one was made */
  public abstract Optional<SelfCareAssessment> selfCare();

  /** @return whether a legal supporter able to support exists (有法定赡养、抚养、扶养能力的义务人), if known */
  public abstract Optional<Boolean> hasCapableSupporter();

  /** @return income items over the 12 reference months */
  public abstract List<IncomeItem> incomes();

  /** @return whether the person receives a work-injury nursing allowance (工伤保险生活护理费); default false */
  @Value.Default
  public boolean receivesWorkInjuryNursingAllowance() {
    return false;
  }

  /** @return whether the person is under orphan basic-living protection (孤儿基本生活保障); default false */
  @Value.Default
  public boolean underOrphanProtection() {
    return false;
  }

  /** @return the date of death, if the person has died */
  public abstract Optional<LocalDate> dateOfDeath();

  /** @return the support institution where the person lives under centralized support, if any */
  public abstract Optional<InstitutionId> institution();

  /** @return the birth date, from the resident ID */
  @JsonIgnore
  public LocalDate birthDate() {
    return id().birthDate();
  }

  /** @return the sex, from the resident ID */
  @JsonIgnore
  public Sex sex() {
    return id().sex();
  }

  /**
   * Whether the person counts for {@code month}: from the month of birth through the month of death.
   *
   * @param month the benefit month, not null
   * @return true if born on or before the last day of the month and alive on its first day
   */
  public boolean countsIn(YearMonth month) {
    return !birthDate().isAfter(month.atEndOfMonth())
        && dateOfDeath().map(d -> !d.isBefore(month.atDay(1))).orElse(true);
  }

  /** @return the total of counted income items over the 12 reference months, before deductions */
  @JsonIgnore
  public Money countedIncome() {
    Money m = Money.ZERO;
    for (IncomeItem i : incomes()) {
      if (i.category().isCounted()) {
        m = m.plus(i.amount());
      }
    }
    return m;
  }

  /**
   * Checks the person as a whole when the generated builder builds it.
   *
   * @throws org.minzheng.household.InvalidInputException listing every problem found, each naming the field and value
   */
  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    declaredBirthDate().ifPresent(d -> {
      if (!d.equals(id().birthDate())) {
        problems.add("person " + id().masked() + ": birthDate " + d + " disagrees with the resident ID's " + id().birthDate());
      }
    });
    dateOfDeath().ifPresent(d -> {
      if (d.isBefore(id().birthDate())) {
        problems.add("person " + id().masked() + ": dateOfDeath " + d + " is before the birth date " + id().birthDate());
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Builds a {@link Person}. */
  public static final class Builder extends ImmutablePerson.Builder {}
}
