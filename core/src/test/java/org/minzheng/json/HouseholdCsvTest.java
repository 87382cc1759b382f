package org.minzheng.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.household.DailyActivity;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.InvalidInputException;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

class HouseholdCsvTest {
  private static final String HEADER = "household_id,region,residence_type,classification,assets_within_limits,"
      + "resident_id,disability_category,disability_grade,self_care_unable,has_capable_supporter,income_wages,"
      + "income_resident_basic_pension,date_of_death,institution\n";

  private static List<Household> read(String csv) {
    return HouseholdCsv.readAll(new StringReader(csv), "h.csv");
  }

  private static InvalidInputException failure(String csv) {
    try {
      read(csv);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("no error for\n" + csv);
  }

  @Test
  void readsTwoHouseholdsOneRowPerPersonWithEveryKindOfCell() {
    List<Household> hs = read(HEADER
        + "H1,410402,urban,A+,true,410402198001010014,physical,2,eating;BATHING,false,24000.50,,,\n"
        + "H1,,,,,410402198205050026,,,NONE,,,1200,,\n"
        + "H2,410404,RURAL,,,41040219400301001x,,,,,,,2020-06-30,INST-1\n");

    assertThat(hs).hasSize(2);
    Household h1 = hs.get(0);
    assertThat(h1.id()).isEqualTo(HouseholdId.of("H1"));
    assertThat(h1.region()).isEqualTo(RegionCode.of("410402"));
    assertThat(h1.residenceType()).isEqualTo(ResidenceType.URBAN);
    assertThat(h1.classification()).contains("A+");
    assertThat(h1.assetsWithinLimits()).contains(true);
    Person a = h1.members().get(0);
    assertThat(a.id()).isEqualTo(ResidentId.parse("410402198001010014"));
    assertThat(a.disability()).contains(Disability.of(DisabilityCategory.PHYSICAL, 2));
    assertThat(a.selfCare()).contains(SelfCareAssessment.unable(DailyActivity.EATING, DailyActivity.BATHING));
    assertThat(a.hasCapableSupporter()).contains(false);
    assertThat(a.incomes()).containsExactly(new IncomeItem(IncomeCategory.WAGES, Money.ofFen(2_400_050)));
    Person b = h1.members().get(1);
    assertThat(b.selfCare()).contains(new SelfCareAssessment(java.util.Set.of()));
    assertThat(b.hasCapableSupporter()).isEmpty();
    assertThat(b.disability()).isEmpty();
    assertThat(b.incomes()).containsExactly(new IncomeItem(IncomeCategory.RESIDENT_BASIC_PENSION, Money.ofYuan(1200)));
    Household h2 = hs.get(1);
    assertThat(h2.residenceType()).isEqualTo(ResidenceType.RURAL);
    assertThat(h2.classification()).isEmpty();
    assertThat(h2.assetsWithinLimits()).isEmpty();
    Person c = h2.members().get(0);
    assertThat(c.dateOfDeath()).contains(LocalDate.of(2020, 6, 30));
    assertThat(c.institution()).contains(InstitutionId.of("INST-1"));
    assertThat(c.selfCare()).isEmpty();
  }

  @Test
  void aByteOrderMarkAndColumnsInAnyOrderAreAccepted() {
    List<Household> hs = read("\uFEFFresident_id,household_id,residence_type,region\n410402198001010014,H1,urban,410402\n");
    assertThat(hs).singleElement().satisfies(h -> assertThat(h.members()).hasSize(1));
  }

  @Test
  void writeThenReadGivesTheSameHousehold() {
    Household h = new Household.Builder().id(HouseholdId.of("H, \"quoted\""))
        .region(RegionCode.of("410402")).residenceType(ResidenceType.URBAN).classification("A+").assetsWithinLimits(false)
        .addMembers(new Person.Builder().id(ResidentId.parse("410402198001010014"))
            .declaredBirthDate(LocalDate.of(1980, 1, 1)).hukouRegion(RegionCode.of("410402"))
            .disability(new Disability(DisabilityCategory.MENTAL, 3, Optional.of(true)))
            .selfCare(SelfCareAssessment.unable(DailyActivity.TOILETING)).hasCapableSupporter(true)
            .receivesWorkInjuryNursingAllowance(true).underOrphanProtection(false)
            .addIncomes(new IncomeItem(IncomeCategory.WAGES, Money.ofFen(1)),
                new IncomeItem(IncomeCategory.DISABILITY_SUBSIDY, Money.ZERO))
            .build(),
            new Person.Builder().id(ResidentId.parse("410402201003150031")).underOrphanProtection(true)
                .dateOfDeath(LocalDate.of(2020, 9, 1)).institution(InstitutionId.of("敬老院-1")).build())
        .build();
    Household other = new Household.Builder().id(HouseholdId.of("H2")).region(RegionCode.of("410404"))
        .residenceType(ResidenceType.RURAL).addMembers(new Person.Builder().id(ResidentId.parse("410404195007010022")).build())
        .build();
    StringWriter out = new StringWriter();
    HouseholdCsv.write(List.of(h, other), out);

    assertThat(out.toString()).startsWith(String.join(",", HouseholdCsv.COLUMNS) + "\n");
    assertThat(read(out.toString())).containsExactly(h, other);
  }

  @Test
  void severalItemsOfOneCategoryAreWrittenAsTheirSum() {
    Person p = new Person.Builder().id(ResidentId.parse("410402198001010014"))
        .addIncomes(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(100)), new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(23)))
        .build();
    Household h = new Household.Builder().id(HouseholdId.of("H")).region(RegionCode.of("410402"))
        .residenceType(ResidenceType.RURAL).addMembers(p).build();
    StringWriter out = new StringWriter();
    HouseholdCsv.write(List.of(h), out);
    assertThat(read(out.toString()).get(0).members().get(0).incomes())
        .containsExactly(new IncomeItem(IncomeCategory.WAGES, Money.ofYuan(123)));
  }

  /** A row in {@link HouseholdCsv#COLUMNS} order from column → value pairs. */
  private static String[] row(String... pairs) {
    String[] r = new String[HouseholdCsv.COLUMNS.size()];
    for (int i = 0; i < pairs.length; i += 2) {
      r[HouseholdCsv.COLUMNS.indexOf(pairs[i])] = pairs[i + 1];
    }
    return r;
  }

  @Test
  void rowsHeldElsewhereMapToTheSameHouseholdAsAFile() {
    Household fromFile = read(HEADER
        + "H1,410402,urban,,true,410402198001010014,,,,false,6000,,,\n"
        + "H1,,,,,410402198203150023,,,,,,,,\n").get(0);
    Household fromRows = HouseholdCsv.household(List.of(
        row("household_id", "H1", "region", "410402", "residence_type", "urban", "assets_within_limits", "true",
            "resident_id", "410402198001010014", "has_capable_supporter", "false", "income_wages", "6000"),
        row("household_id", "H1", "resident_id", "410402198203150023")), "persons", 1);
    assertThat(fromRows).isEqualTo(fromFile);
  }

  @Test
  void rowsHeldElsewhereGetTheReadersMessages() {
    assertThatThrownBy(() -> HouseholdCsv.household(List.<String[]>of(
        row("household_id", "H1", "region", "410402", "residence_type", "RURL", "resident_id", "410402198001010014"),
        row("household_id", "H2", "resident_id", "410402198203150023", "birth_date", "1982-13-01")), "persons", 7))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("persons row 7, column residence_type: 'RURL': not one of [URBAN, RURAL]")
        .hasMessageContaining("persons row 8, column household_id: 'H2' differs from 'H1' on row 7")
        .hasMessageContaining("persons row 8, column birth_date: '1982-13-01': not a date yyyy-mm-dd");
  }

  @Test
  void columnPositionsCheckATablesColumnsAsTheReaderChecksAHeader() {
    int[] at = HouseholdCsv.columnPositions(List.of("resident_id", "region", "household_id", "residence_type"), "t");
    assertThat(at[HouseholdCsv.COLUMNS.indexOf("household_id")]).isEqualTo(2);
    assertThat(at[HouseholdCsv.COLUMNS.indexOf("birth_date")]).isEqualTo(-1);
    assertThatThrownBy(() -> HouseholdCsv.columnPositions(List.of("household_id", "region", "resident_id", "x"), "t"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("t row 1: column 'x' is not one of")
        .hasMessageContaining("t row 1: the required column 'residence_type' is missing");
  }

  @Test
  void anUnknownColumnIsNamed() {
    assertThat(failure("household_id,region,residence_type,resident_id,income_wage\n").getMessage())
        .contains("h.csv row 1: column 'income_wage' is not one of");
  }

  @Test
  void aMissingRequiredColumnAndARepeatedOneAreBothNamed() {
    InvalidInputException e = failure("household_id,region,region,resident_id\n");
    assertThat(e.problems()).containsExactly("h.csv row 1: column 'region' is given twice",
        "h.csv row 1: the required column 'residence_type' is missing");
  }

  @Test
  void anEmptyFileSaysWhatTheFirstRowMustBe() {
    assertThat(failure("").getMessage()).contains("h.csv: the file is empty").contains("household_id,region");
  }

  @Test
  void everyBadCellOfAHouseholdIsNamedWithRowColumnAndValue() {
    InvalidInputException e = failure(HEADER
        + "H1,410402,urbn,,maybe,410402198001010015,physical,5,EATING;FLYING,,-3,,,\n"
        + "H1,410402,,,,410402198205050026,,,,,,,1999-02-30,\n");
    assertThat(e.problems()).hasSize(7).anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 2, column residence_type: 'urbn': not one of [URBAN, RURAL]"))
        .anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 2, column assets_within_limits: 'maybe': not true or false"))
        .anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 2, column resident_id: '410402198001010015'"))
        .anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 2, column disability_grade: '5'").contains("not 1-4"))
        .anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 2, column self_care_unable: 'EATING;FLYING'"))
        .anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 2, column income_wages: '-3'").contains("negative"))
        .anySatisfy(p -> assertThat(p).startsWith("h.csv rows 2-3, household H1: row 3, column date_of_death: '1999-02-30': not a date"));
  }

  @Test
  void aHouseholdColumnThatDiffersOnALaterRowIsAnError() {
    assertThat(failure(HEADER + "H1,410402,urban,,,410402198001010014,,,,,,,,\n"
        + "H1,410404,,,,410402198205050026,,,,,,,,\n").problems())
        .containsExactly("h.csv rows 2-3, household H1: row 3, column region: '410404' differs from '410402' on row 2, the household's first row; "
            + "leave it empty or repeat it");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsAnError() {
    assertThat(failure("household_id,region,residence_type,resident_id,income_wages\n"
        + "H1,410402,urban,410402198001010014,1,200.00\n").problems())
        .containsExactly("h.csv row 2, household H1: 6 cells, but the first row names 5 columns; a value with a comma must be quoted");
  }

  @Test
  void aDisabilityGradeWithoutCategoryIsAnError() {
    assertThat(failure(HEADER + "H1,410402,urban,,,410402198001010014,,2,,,,,,\n").problems())
        .containsExactly("h.csv row 2, household H1: column disability_category: is empty, but disability_grade or long_term_care is given");
  }

  @Test
  void theHouseholdsOwnChecksAreReportedWithItsRows() {
    assertThat(failure(HEADER + "H1,410402,urban,,,410402198001010014,,,,,,,,\n"
        + "H1,,,,,410402198001010014,,,,,,,,\n").getMessage())
        .startsWith("h.csv rows 2-3, household H1: member").contains("is listed twice");
  }

  @Test
  void aHouseholdWhoseRowsAreNotConsecutiveIsAnError() {
    assertThat(failure(HEADER + "H1,410402,urban,,,410402198001010014,,,,,,,,\n"
        + "H2,410402,urban,,,410402198205050026,,,,,,,,\n"
        + "H1,410402,urban,,,410402201003150031,,,,,,,,\n").problems())
        .containsExactly("h.csv row 4, household H1: column household_id: 'H1' appeared earlier in the file; "
            + "the rows of a household must be consecutive");
  }

  @Test
  void aBadHouseholdDoesNotStopTheCallerFromReadingTheNextOne() {
    HouseholdCsv.Cursor c = HouseholdCsv.read(new StringReader(HEADER
        + "H1,410402,urban,,,410402198001010015,,,,,,,,\n"
        + "H1,410402,urban,,,410402198205050026,,,,,,,,\n"
        + "H2,410402,rural,,,410402201003150031,,,,,,,,\n"), "h.csv");
    List<String> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    while (c.hasNext()) {
      try {
        ids.add(c.next().id().value());
      } catch (InvalidInputException e) {
        errors.add(e.getMessage());
      }
    }
    assertThat(ids).containsExactly("H2");
    assertThat(errors).singleElement().asString().startsWith("h.csv rows 2-3, household H1: row 2, column resident_id:");
  }

  @Test
  void aBadHouseholdInTheMiddleIsNamedByItsRowsAndIdAndTheCursorSaysWhereEachHouseholdIs() {
    HouseholdCsv.Cursor c = HouseholdCsv.read(new StringReader(HEADER
        + "H1,410402,urban,,,410402198001010014,,,,,,,,\n"
        + "\n" // an empty line is a row, as a spreadsheet shows it
        + "H2,410402,urban,,,410402198205050026,,,,,,,,\n"
        + "H2,,,,,410402201003150031,,,,,,,1999-02-30,\n"
        + "H2,,,,,410402198203150023,,,,,,,,\n"
        + "H3,410402,rural,,,410402195001010010,,,,,,,,\n"), "h.csv");
    List<String> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    while (c.hasNext()) {
      try {
        read.add(c.next().id().value() + "@" + c.lastRows().orElseThrow().where());
      } catch (InvalidInputException e) {
        assertThat(c.lastRows()).hasValue(new HouseholdCsv.Rows("h.csv", 4, 6, "H2"));
        problems.addAll(e.problems());
      }
    }
    assertThat(read).containsExactly("H1@h.csv row 2", "H3@h.csv row 7");
    assertThat(problems).containsExactly(
        "h.csv rows 4-6, household H2: row 5, column date_of_death: '1999-02-30': not a date yyyy-mm-dd");
  }

  @Test
  void aHouseholdsOwnCheckOnAMiddleHouseholdNamesItsRowsAndIdOnce() {
    HouseholdCsv.Cursor c = HouseholdCsv.read(new StringReader(HEADER
        + "H1,410402,urban,,,410402198001010014,,,,,,,,\n"
        + "H2,410402,urban,,,410402198205050026,,,,,,,,\n"
        + "H2,,,,,410402198205050026,,,,,,,,\n"
        + "H3,410402,rural,,,410402195001010010,,,,,,,,\n"), "h.csv");
    c.next();
    assertThatThrownBy(c::next).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("h.csv rows 3-4, household H2: member").hasMessageContaining("is listed twice")
        .hasMessageNotContaining("household H2: household H2");
    assertThat(c.next().id().value()).isEqualTo("H3");
    assertThat(c.lastRows().orElseThrow()).hasToString("h.csv row 5, household H3");
  }

  @Test
  void rowsNeedAFirstRowAndALastRowNotBeforeIt() {
    assertThatThrownBy(() -> new HouseholdCsv.Rows("h.csv", 5, 4, "H1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rows 5-4");
  }
}
