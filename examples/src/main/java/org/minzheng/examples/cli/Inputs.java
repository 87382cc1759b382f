package org.minzheng.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.minzheng.household.InvalidInputException;
import org.minzheng.household.Household;
import org.minzheng.household.PriceIndexSeries;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.json.MinzhengJson;

/**
 * Reads the command line's input files, turning every failure into a {@link CliException} whose one
 * line names the file, the JSON path of the bad field, and what is wrong with it.
 */
final class Inputs {
  private Inputs() {}

  /** The file name that means standard input. */
  static final String STDIN = "-";

  static Path resolve(CliContext context, String file) {
    return context.workingDirectory().resolve(file);
  }

  static byte[] bytes(CliContext context, String file) {
    try {
      if (STDIN.equals(file)) {
        return context.stdin().readAllBytes();
      }
      return Files.readAllBytes(resolve(context, file));
    } catch (IOException e) {
      throw new CliException(OneLineErrors.describe(e), e);
    }
  }

  static Household household(CliContext context, String file) {
    return household(context, file, null);
  }

  /**
   * A household from a JSON file, or from a CSV file (name ending in {@code .csv}, one row per person):
   * its only household, or the one with {@code id} when given.
   */
  static Household household(CliContext context, String file, String id) {
    return locatedHousehold(context, file, id).household();
  }

  /**
   * A household read from a file, and where it is.
   *
   * @param where its place in a CSV file, e.g. {@code h.csv rows 5-6}, which an error about it names; null for a
   *     JSON file (its name is the place)
   */
  record Located(Household household, String where) {}

  /**
   * As {@link #household(CliContext, String, String)}, with the household's rows in a CSV file. With {@code id},
   * only that household's rows must be valid: another household's problems are not this household's, and are
   * mentioned only when no household has the id.
   */
  static Located locatedHousehold(CliContext context, String file, String id) {
    if (!isCsv(file)) {
      Household h = read(context, file, Household.class, "household");
      if (id != null && !h.id().value().equals(id)) {
        throw new CliException(file + ": the household is " + h.id() + ", not " + id);
      }
      return new Located(h, null);
    }
    List<Located> all = new java.util.ArrayList<>();
    List<String> unreadable = new java.util.ArrayList<>();
    try (HouseholdCsv.Cursor c = HouseholdCsv.read(new InputStreamReader(new ByteArrayInputStream(bytes(context, file)), UTF_8),
        file)) {
      while (c.hasNext()) {
        try {
          Household h = c.next();
          all.add(new Located(h, c.lastRows().orElseThrow().where()));
        } catch (InvalidInputException e) {
          HouseholdCsv.Rows at = c.lastRows().orElse(null);
          if (id == null || at == null || at.householdId().equals(id)) {
            throw e;
          }
          unreadable.add(e.getMessage());
        }
      }
    } catch (RuntimeException e) {
      throw new CliException(e.getMessage(), e);
    }
    if (id != null) {
      return all.stream().filter(h -> h.household().id().value().equals(id)).findFirst()
          .orElseThrow(() -> new CliException(file + ": no household " + id + " among its " + all.size()
              + (unreadable.isEmpty() ? "" : " (and " + unreadable.size() + " that cannot be read: "
                  + String.join("; ", unreadable) + ")")));
    }
    if (all.size() != 1) {
      throw new CliException(file + " holds " + all.size() + " households; name one with --id");
    }
    return all.get(0);
  }

  /** @return whether {@code file} names a CSV file of households (its name ends in {@code .csv}) */
  static boolean isCsv(String file) {
    return !STDIN.equals(file) && file.toLowerCase(Locale.ROOT).endsWith(".csv");
  }

  static PriceIndexSeries priceIndex(CliContext context, String file) {
    return read(context, file, PriceIndexSeries.class, "price index");
  }

  static <T> T read(CliContext context, String file, Class<T> type, String what) {
    byte[] bytes = bytes(context, file);
    String name = STDIN.equals(file) ? "<stdin>" : file;
    try {
      return MinzhengJson.mapper().readValue(bytes, type);
    } catch (JsonProcessingException e) {
      throw new CliException(name + ": not a valid " + what + ": " + describe(e), e);
    } catch (IOException e) {
      throw new CliException(name + ": " + OneLineErrors.describe(e), e);
    }
  }

  /**
   * @return e.g. {@code at members[0].incomes[1].amount (line 7, column 19): money must be ...}
   */
  static String describe(JsonProcessingException e) {
    return MinzhengJson.describe(e);
  }

  static InputStream open(CliContext context, String file) throws IOException {
    return STDIN.equals(file) ? context.stdin() : Files.newInputStream(resolve(context, file));
  }
}
