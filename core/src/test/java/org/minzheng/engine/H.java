package org.minzheng.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.ResidenceType;

/** Small builders of test households. */
public final class H {
  private static final AtomicInteger SEQ = new AtomicInteger(100);

  private H() {}

  /** A valid resident ID registered in Xinhua District with the given birth date. */
  public static ResidentId id(LocalDate birth) {
    String first17 = "410402" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
        + String.format("%03d", SEQ.incrementAndGet() % 900 + 100);
    return ResidentId.parse(first17 + ResidentId.checkCharacter(first17));
  }

  /** A person born on {@code birth}, hukou in Xinhua District, no income, no disability. */
  public static Person.Builder person(LocalDate birth) {
    Person.Builder b = new Person.Builder();
    b.id(id(birth)).hukouRegion(Fixture.XINHUA);
    return b;
  }

  /** A working-age adult (born 1980-05-05) earning {@code wages12} yuan over the 12 reference months. */
  public static Person adult(String wages12) {
    Person.Builder b = person(LocalDate.of(1980, 5, 5));
    if (Money.parse(wages12).isPositive()) {
      b.addIncome(new IncomeItem(IncomeCategory.WAGES, Money.parse(wages12)));
    }
    return b.build();
  }

  public static Person adult() {
    return adult("0");
  }

  public static IncomeItem income(IncomeCategory c, String yuan) {
    return new IncomeItem(c, Money.parse(yuan));
  }

  public static Disability disability(DisabilityCategory c, int grade) {
    return Disability.of(c, grade);
  }

  public static SelfCareAssessment selfCare() {
    return new SelfCareAssessment(java.util.Set.of());
  }

  /** A household in Xinhua District with assets within limits. */
  public static Household.Builder household(ResidenceType type, Person... members) {
    Household.Builder b = new Household.Builder();
    b.id(HouseholdId.of("h-" + SEQ.incrementAndGet())).region(Fixture.XINHUA).residenceType(type).assetsWithinLimits(true);
    for (Person p : members) {
      b.addMember(p);
    }
    return b;
  }

  public static Household urban(Person... members) {
    return household(ResidenceType.URBAN, members).build();
  }

  public static Household rural(Person... members) {
    return household(ResidenceType.RURAL, members).build();
  }
}
