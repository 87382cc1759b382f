package org.minzheng.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

class HouseholdJsonTest {
  @Test
  void roundTripsLosslessly() throws Exception {
    Person p = new Person.Builder().id(ResidentId.parse("11010519491231002x"))
        .hukouRegion(RegionCode.of("410402"))
        .disability(Disability.of(DisabilityCategory.PHYSICAL, 2))
        .addIncome(new IncomeItem(IncomeCategory.WAGES, Money.parse("6000.50")))
        .build();
    Household h = new Household.Builder().id(HouseholdId.of("h1")).region(RegionCode.of("410402"))
        .residenceType(ResidenceType.URBAN).addMember(p).assetsWithinLimits(true).build();
    String json = MinzhengJson.mapper().writeValueAsString(h);
    assertThat(json).contains("\"6000.50\"").contains("\"11010519491231002X\"").doesNotContain("sex");
    assertThat(MinzhengJson.mapper().readValue(json, Household.class)).isEqualTo(h);
  }

  @Test
  void negativeIncomeNamesTheField() {
    String json = "{\"id\":\"h1\",\"region\":\"410402\",\"residenceType\":\"URBAN\",\"members\":[{\"id\":\"11010519491231002X\","
        + "\"incomes\":[{\"category\":\"WAGES\",\"amount\":\"-1.00\"}]}]}";
    assertThatThrownBy(() -> MinzhengJson.mapper().readValue(json, Household.class))
        .hasMessageContaining("negative").hasMessageContaining("members");
  }
}
