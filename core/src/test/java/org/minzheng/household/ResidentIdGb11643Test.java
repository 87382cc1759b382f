package org.minzheng.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GB 11643-1999 check characters (rules.md §9). */
class ResidentIdGb11643Test {

  @Test
  void acceptsTheStandardVectors() {
    // 11010519491231002: S = 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167;
    // 167 mod 11 = 2 → "10X98765432"[2] = X
    ResidentId a = ResidentId.parse("11010519491231002X");
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(a.sex()).isEqualTo(Sex.FEMALE); // sequence 002 is even
    assertThat(a.addressCode()).isEqualTo("110105");
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');

    // 44052418800101001: S = 4·7+4·9+0·10+5·5+2·8+4·4+1·2+8·1+8·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+1·2
    //   = 28+36+25+16+16+2+8+48+9+5+2 = 195; 195 mod 11 = 8 → "10X98765432"[8] = 4
    ResidentId b = ResidentId.parse("440524188001010014");
    assertThat(b.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    assertThat(b.sex()).isEqualTo(Sex.MALE); // sequence 001 is odd
    assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
  }

  @Test
  void acceptsLowerCaseXAndStoresItUpperCase() {
    ResidentId id = ResidentId.parse("11010519491231002x");
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id).isEqualTo(ResidentId.parse("11010519491231002X"));
  }

  @Test
  void rejectsAWrongCheckCharacterNamingTheValue() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("110105194912310021")
        .hasMessageContaining("check character 1")
        .hasMessageContaining("expected X");
    assertThatThrownBy(() -> ResidentId.parse("440524188001010015"))
        .hasMessageContaining("440524188001010015")
        .hasMessageContaining("expected 4");
  }

  @Test
  void rejectsAnImpossibleBirthDateNamingTheValue() {
    // 1949-02-30 does not exist; the check character is made valid so only the date is wrong.
    String first17 = "11010519490230002";
    String id = first17 + ResidentId.checkCharacter(first17);
    assertThatThrownBy(() -> ResidentId.parse(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(id)
        .hasMessageContaining("impossible birth date 19490230");
    String month13 = "41040219801301001";
    assertThatThrownBy(() -> ResidentId.parse(month13 + ResidentId.checkCharacter(month13)))
        .hasMessageContaining("impossible birth date 19801301");
  }

  @Test
  void rejectsAWrongLengthOrCharactersNamingTheValue() {
    for (String bad : new String[] {"11010519491231002", "11010519491231002X1", "1101051949123100XX", "", "11010519491231002Y"}) {
      assertThatThrownBy(() -> ResidentId.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad.toUpperCase() + "'");
    }
  }

  @Test
  void masksForLogs() {
    assertThat(ResidentId.parse("11010519491231002X").masked()).isEqualTo("110105********002X");
  }
}
