package org.minzheng.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The batch's fast household path refuses what the tree path refuses, with the tree path's problem:
 * its pre-check never lets through a number the tree path's check would refuse.
 */
class JsonInputTest {
  private final JsonInput input = new JsonInput(new ServerSettings());

  private boolean treeAccepts(String json) {
    try {
      input.tree(json.getBytes(UTF_8), "");
      return true;
    } catch (ApiProblem.ApiException e) {
      return false;
    }
  }

  @Test
  void theNumberPreCheckNeverPassesWhatTheTreeCheckRefuses() {
    List<String> literals = List.of("0", "-0", "12", "999999999999", "-999999999999", "1000000000000", "-1000000000000",
        "1e11", "1e12", "1E+999999999", "1e-20", "1e-21", "0.000000000000000000001", "123456789012.5",
        "999999999999.99", "1000000000000.0", "12345678901234567890", "1.5", "-2.25", "3E2", "7e-3");
    for (String n : literals) {
      String json = "{\"a\": [" + n + "], \"b\": \"x\\\"" + n + "\"}";
      boolean fast = JsonInput.numbersWithinBounds(json.getBytes(UTF_8), json.length());
      assertThat(fast).as("pre-check of %s", n).isEqualTo(treeAccepts(json));
    }
    Random random = new Random(20201130);
    String digits = "0123456789.eE+-";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder n = new StringBuilder(random.nextBoolean() ? "-" : "").append(1 + random.nextInt(9));
      for (int k = random.nextInt(24); k > 0; k--) {
        n.append(digits.charAt(random.nextInt(random.nextInt(4) == 0 ? digits.length() : 10)));
      }
      String json = "{\"a\": " + n + "}";
      if (JsonInput.numbersWithinBounds(json.getBytes(UTF_8), json.length())) {
        assertThat(treeAccepts(json) || !validJson(json)).as("pre-check passed %s", n).isTrue();
      }
    }
  }

  private static boolean validJson(String json) {
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void aRefusedHouseholdGetsTheTreePathsProblemNamingTheField() {
    String big = "{\"id\": \"h\", \"region\": \"410402\", \"residenceType\": \"URBAN\", \"members\": [{\"id\": "
        + "\"410402198001010014\", \"incomes\": [{\"category\": \"WAGES\", \"amount\": 1E+999999999}]}]}";
    assertThatThrownBy(() -> input.household(big.getBytes(UTF_8), big.length()))
        .isInstanceOfSatisfying(ApiProblem.ApiException.class, e ->
            assertThat(e.problem().errors().get(0).field()).isEqualTo("members[0].incomes[0].amount"));
    String bad = "{\"id\": \"h\", \"region\": \"410402\", \"residenceType\": \"URBN\", \"members\": [{\"id\": \"410402198001010014\"}]}";
    assertThatThrownBy(() -> input.household(bad.getBytes(UTF_8), bad.length()))
        .isInstanceOfSatisfying(ApiProblem.ApiException.class, e -> {
          assertThat(e.problem().errors().get(0).field()).isEqualTo("residenceType");
          assertThat(e.problem().errors().get(0).value()).isEqualTo("URBN");
        });
  }
}
