package org.minzheng.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * A standards module compiles against the SPI alone: no public signature of the SPI's types names a
 * Guava type (issue 13: StandardsDocument exposed ByteSource, Claim and ParameterValue Range).
 */
class NoGuavaInTheSpiTest {
  private static final List<Class<?>> TYPES = List.of(Claim.class, ParameterValue.class, StandardSet.class,
      StandardSet.Builder.class, Parameters.class, ParameterKey.class, Money.class, RegionCode.class, Rounding.class,
      LegalBasis.class, DatePeriod.class, StandardsConfigurationException.class, StandardNotFoundException.class,
      StandardsDocument.class, StandardsProvider.class);

  @Test
  void noPublicSignatureNamesAGuavaType() {
    List<String> found = new ArrayList<>();
    for (Class<?> c : TYPES) {
      for (Method m : c.getMethods()) {
        check(c, m, m.getGenericReturnType(), found);
      }
      for (Constructor<?> k : c.getConstructors()) {
        check(c, k, null, found);
      }
    }
    assertThat(found).isEmpty();
  }

  private static void check(Class<?> owner, Executable e, Type returned, List<String> found) {
    if (!Modifier.isPublic(e.getModifiers())) {
      return;
    }
    List<Type> types = new ArrayList<>(List.of(e.getGenericParameterTypes()));
    if (returned != null) {
      types.add(returned);
    }
    for (Type t : types) {
      if (t.getTypeName().contains("com.google.")) {
        found.add(owner.getSimpleName() + "." + e.getName() + ": " + t.getTypeName());
      }
    }
  }

  @Test
  void periodsAreClosedOpen() {
    DatePeriod y2020 = DatePeriod.closedOpen(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2021, 1, 1));
    assertThat(y2020.contains(java.time.LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(y2020.contains(java.time.LocalDate.of(2021, 1, 1))).isFalse();
    DatePeriod from2021 = DatePeriod.startingOn(java.time.LocalDate.of(2021, 1, 1));
    assertThat(y2020.overlaps(from2021)).isFalse();
    assertThat(from2021.overlaps(DatePeriod.startingOn(java.time.LocalDate.of(2030, 1, 1)))).isTrue();
    assertThat(from2021.encloses(DatePeriod.closedOpen(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2023, 1, 1))))
        .isTrue();
    assertThat(y2020.encloses(from2021)).isFalse();
    assertThat(from2021).hasToString("[2021-01-01..+∞)");
  }
}
