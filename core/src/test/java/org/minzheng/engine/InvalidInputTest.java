package org.minzheng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.household.InvalidInputException;
import org.minzheng.UnknownRegionException;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;
import org.minzheng.standard.StandardNotFoundException;

/** Bad input gives a specific error naming the field and the value. */
class InvalidInputTest {
  final BenefitCalculator calc = Fixture.standard();

  @Test
  void negativeIncome() {
    assertThatThrownBy(() -> new IncomeItem(IncomeCategory.WAGES, Money.parse("-1.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("income WAGES amount -1.00 is negative");
  }

  @Test
  void unknownIncomeCategoryInJson() {
    String json = "{\"id\":\"h1\",\"region\":\"410402\",\"residenceType\":\"URBAN\",\"members\":[{\"id\":\"11010519491231002X\","
        + "\"incomes\":[{\"category\":\"LOTTERY\",\"amount\":\"100.00\"}]}]}";
    assertThatThrownBy(() -> MinzhengJson.mapper().readValue(json, Household.class))
        .isInstanceOf(InvalidFormatException.class).hasMessageContaining("LOTTERY").hasMessageContaining("IncomeCategory")
        .hasMessageContaining("incomes");
  }

  @Test
  void invalidResidentId() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("110105194912310021")
        .hasMessageContaining("check character");
    assertThatThrownBy(() -> ResidentId.parse("410402198002300011"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impossible birth date 19800230");
  }

  @Test
  void emptyHousehold() {
    assertThatThrownBy(() -> new Household.Builder().id(HouseholdId.of("h-empty")).region(Fixture.XINHUA)
        .residenceType(ResidenceType.URBAN).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("h-empty").hasMessageContaining("members is empty");
  }

  @Test
  void monthBeforeAnyStandard() {
    assertThatThrownBy(() -> calc.calculate(H.urban(H.adult()), YearMonth.of(2018, 12)))
        .isInstanceOfSatisfying(StandardNotFoundException.class, e -> {
          assertThat(e.date()).isEqualTo(LocalDate.of(2018, 12, 1));
          assertThat(e.region()).isEqualTo(Fixture.XINHUA);
        })
        .hasMessageContaining("2018-12-01").hasMessageContaining("410402");
  }

  @Test
  void birthDateAfterTheClocksToday() {
    // today is 2021-01-01; an ID with birth date 2021-06-01 is a valid ID but impossible input
    Person unborn = H.person(LocalDate.of(2021, 6, 1)).build();
    Household h = H.urban(H.adult(), unborn);
    assertThatThrownBy(() -> calc.calculate(h, YearMonth.of(2020, 10)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("members[1].birthDate 2021-06-01").hasMessageContaining("after today 2021-01-01");
  }

  @Test
  void unknownRegion() {
    Household h = H.household(ResidenceType.URBAN, H.adult()).region(RegionCode.of("410102")).build();
    assertThatThrownBy(() -> calc.calculate(h, YearMonth.of(2020, 10)))
        .isInstanceOf(UnknownRegionException.class).hasMessageContaining("410102");
  }

  @Test
  void birthDateDisagreeingWithTheId() {
    assertThatThrownBy(() -> H.person(LocalDate.of(1980, 1, 1)).declaredBirthDate(LocalDate.of(1980, 1, 2)).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("birthDate 1980-01-02 disagrees");
  }
}
