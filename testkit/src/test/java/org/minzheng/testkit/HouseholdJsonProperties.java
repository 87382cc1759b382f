package org.minzheng.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.testkit.quicktheories.QuickTheoriesAdapter.gen;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.minzheng.household.Household;
import org.minzheng.json.HouseholdJson;
import org.minzheng.json.MinzhengJson;
import org.minzheng.testkit.MinzhengGenerators.Facts;

/**
 * The fast household reader ({@link HouseholdJson#tryRead}) reads what the mapper writes, equal to what the
 * mapper reads, and never accepts a text the mapper would refuse or read otherwise.
 */
class HouseholdJsonProperties {
  @Test
  void theFastReaderReadsWhatTheMapperWritesAsTheMapperReadsIt() {
    qt().withExamples(300).forAll(gen(MinzhengGenerators.households(Facts.SOME_MISSING))).checkAssert(h -> {
      byte[] json = bytes(h);
      Optional<Household> fast = HouseholdJson.tryRead(json, 0, json.length);
      assertThat(fast).as(new String(json, StandardCharsets.UTF_8)).contains(h);
    });
  }

  @Test
  void theFastReaderNeverAcceptsWhatTheMapperWouldReadOtherwise() {
    String alphabet = "\"{}[],:0123456789.-truefalsnl AURBNm+";
    qt().withExamples(300).forAll(gen(MinzhengGenerators.households(Facts.SOME_MISSING)), longs().all()).checkAssert((h, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder(new String(bytes(h), StandardCharsets.UTF_8));
      for (int k = 1 + random.nextInt(3); k > 0 && text.length() > 1; k--) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> { // a field repeated: the text of one member or value again after a comma
            int comma = text.indexOf(",", at);
            int end = comma < 0 ? -1 : text.indexOf(",", comma + 1);
            if (end > comma && comma > 0) {
              text.insert(end, text.substring(comma, end));
            }
          }
        }
      }
      byte[] json = text.toString().getBytes(StandardCharsets.UTF_8);
      Optional<Household> fast = HouseholdJson.tryRead(json, 0, json.length);
      if (fast.isPresent()) {
        Household mapped;
        try {
          mapped = MinzhengJson.mapper().readValue(json, Household.class);
        } catch (Exception e) {
          throw new AssertionError("the fast reader accepted what the mapper refuses: " + text + ": " + e.getMessage(), e);
        }
        assertThat(fast.get()).as(text.toString()).isEqualTo(mapped);
      }
    });
  }

  private static byte[] bytes(Household h) {
    try {
      return MinzhengJson.mapper().writeValueAsBytes(h);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
