package org.minzheng.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.minzheng.internal.payout.Fingerprints;
import org.minzheng.internal.payout.LongHashSet;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Excerpt;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

/**
 * Households as a flat CSV file, one row per person, for data kept in spreadsheets.
 *
 * <p>The first row names the columns, in any order; {@link #COLUMNS} lists them all and
 * {@code docs/household-csv.md} describes each. Only {@code household_id}, {@code region},
 * {@code residence_type} and {@code resident_id} must be present; a column that is not one of
 * {@link #COLUMNS} is an error (a misspelt column would otherwise be silently ignored). The rows of one
 * household are consecutive; its household columns are given on its first row and on later rows are
 * either empty or the same. An empty cell is an unknown fact ({@link Optional#empty()}), except that
 * the two yes/no facts of a person with a default ({@code work_injury_nursing_allowance},
 * {@code orphan_protection}) are false when empty.
 *
 * <p>Values: money in yuan with at most two decimals ({@code 6000} or {@code 6000.00}); dates ISO
 * ({@code 2020-03-15}); yes/no {@code true} or {@code false}; enumerations by their constant name,
 * in any case ({@code urban}, {@code PHYSICAL}); {@code self_care_unable} lists the activities a
 * person cannot do, separated by {@code ;}, or is {@code NONE} for an assessed, fully self-caring
 * person. Income has one column per {@link IncomeCategory}, {@code income_} and the constant name in
 * lower case, holding that category's total over the 12 reference months. The text is UTF-8; a
 * byte-order mark, as spreadsheet programs write, is skipped.
 *
 * <p>Several income items of one category are written as their sum: the schemes read only each
 * category's total, so a household read back gives the same results, and is equal to the one written
 * whenever no person has two items of one category.
 *
 * <p>A household id that appears again after other households is an error. The reader remembers a
 * 64-bit fingerprint of each id rather than the id, so that a file of millions of households is read in
 * little memory; two different ids share a fingerprint with a probability of about n²/2⁶⁵ (for a
 * million households, 3 in 100 million), and the second would then be reported as appearing again.
 *
 * <pre>{@code
 * try (HouseholdCsv.Cursor rows = HouseholdCsv.read(Files.newBufferedReader(path), "households.csv")) {
 *   while (rows.hasNext()) {
 *     Household h = rows.next();   // throws InvalidInputException naming the household's rows and id, row, column, value
 *     rows.lastRows();             // e.g. "households.csv rows 5-6, household H2", also after a throw
 *   }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class HouseholdCsv {
  private HouseholdCsv() {}

  /** The household columns, given on a household's first row. */
  private static final List<String> HOUSEHOLD_COLUMNS =
      List.of("household_id", "region", "residence_type", "classification", "assets_within_limits");

  /** The person columns before the income columns. */
  private static final List<String> PERSON_COLUMNS = List.of("resident_id", "birth_date", "hukou_region",
      "disability_category", "disability_grade", "long_term_care", "self_care_unable", "has_capable_supporter",
      "work_injury_nursing_allowance", "orphan_protection", "date_of_death", "institution");

  /** Every column, in the order {@link #write} writes them. */
  public static final List<String> COLUMNS = columns();

  /** Each column's position in {@link #COLUMNS}: looked up for every cell read, so a map, not a list search. */
  private static final Map<String, Integer> POSITION = positions();

  /** The columns a file must have. */
  public static final Set<String> REQUIRED = Set.of("household_id", "region", "residence_type", "resident_id");

  private static final String NONE = "NONE";

  private static final CsvMapper CSV = CsvMapper.builder(com.fasterxml.jackson.dataformat.csv.CsvFactory.builder()
          .streamReadConstraints(org.minzheng.internal.json.ReadLimits.CONSTRAINTS).build())
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private static Map<String, Integer> positions() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      m.put(COLUMNS.get(i), i);
    }
    return Map.copyOf(m);
  }

  private static List<String> columns() {
    List<String> all = new ArrayList<>(HOUSEHOLD_COLUMNS);
    all.addAll(PERSON_COLUMNS);
    for (IncomeCategory c : IncomeCategory.values()) {
      all.add(incomeColumn(c));
    }
    return List.copyOf(all);
  }

  /**
   * @param category an income category, not null
   * @return its column, e.g. {@code income_wages}
   */
  public static String incomeColumn(IncomeCategory category) {
    return "income_" + category.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads households lazily: each {@link Cursor#next()} reads the rows of one household.
   *
   * @param in the CSV text, not null; closed with the cursor
   * @param source what to call the text in messages, e.g. its file name, not null
   * @return the cursor, positioned before the first household
   * @throws InvalidInputException if the header names an unknown or repeated column or lacks a
   *     required one
   * @throws UncheckedIOException if reading fails
   */
  public static Cursor read(Reader in, String source) {
    return new Cursor(in, source);
  }

  /**
   * Reads every household of a small file at once.
   *
   * @param in the CSV text, not null; closed when read
   * @param source what to call the text in messages, not null
   * @return the households in file order
   * @throws InvalidInputException at the first invalid household, naming row, column and value
   */
  public static List<Household> readAll(Reader in, String source) {
    List<Household> all = new ArrayList<>();
    try (Cursor c = read(in, source)) {
      c.forEachRemaining(all::add);
    }
    return all;
  }

  /**
   * Checks the column names of a file or table of households, as the reader checks a file's first row:
   * each name (surrounding spaces and a leading byte-order mark ignored) must be one of {@link #COLUMNS},
   * given once, and the {@link #REQUIRED} columns must be present.
   *
   * @param names the column names in their order, not null
   * @param source what to call the file or table in messages, not null
   * @return for each column of {@link #COLUMNS}, in that order, its position in {@code names}, or -1
   * @throws InvalidInputException naming every unknown, repeated or missing column
   * @since 0.1
   */
  public static int[] columnPositions(List<String> names, String source) {
    requireNonNull(names, "names");
    requireNonNull(source, "source");
    int[] index = new int[COLUMNS.size()];
    Arrays.fill(index, -1);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = requireNonNull(names.get(i), "column name").strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1).strip();
      }
      int at = POSITION.getOrDefault(name, -1);
      if (at < 0) {
        problems.add(source + " row 1: column '" + name + "' is not one of " + String.join(",", COLUMNS));
      } else if (index[at] >= 0) {
        problems.add(source + " row 1: column '" + name + "' is given twice");
      } else {
        index[at] = i;
      }
    }
    for (String r : REQUIRED) {
      if (index[POSITION.get(r)] < 0) {
        problems.add(source + " row 1: the required column '" + r + "' is missing");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return index;
  }

  /**
   * One household from its rows, one per person: the mapping the reader applies to a file's rows, for
   * callers that hold the rows elsewhere (a database table, a Spark data set), with the same checks and
   * the same messages. The household columns are taken from the first row; on later rows they must be
   * empty or the same.
   *
   * @param rows the household's rows, each holding its cells in the order of {@link #COLUMNS} (an empty
   *     string or null is an empty cell; surrounding spaces are ignored), not empty
   * @param source what to call the rows in messages, e.g. a file or table name, not null
   * @param firstRow the number of the first row in messages; later rows are numbered on from it
   * @return the household
   * @throws InvalidInputException listing every problem of the rows, each naming row, column and value
   * @since 0.1
   */
  public static Household household(List<String[]> rows, String source, long firstRow) {
    requireNonNull(rows, "rows");
    requireNonNull(source, "source");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rows is empty; a household has at least one person row");
    }
    List<String> problems = new ArrayList<>();
    Place place = Place.table(source, firstRow, rows.size());
    if (cell(rows.get(0), "household_id").isEmpty()) {
      problems.add(place.cell(firstRow, "household_id") + "is empty");
    }
    return household(rows, place, firstRow, problems);
  }

  /** Builds the household, or throws with {@code problems} (which may already hold some) and its own. */
  private static Household household(List<String[]> rows, Place place, long firstRow, List<String> problems) {
    Household.Builder h = new Household.Builder();
    Row r = new Row(rows.get(0), place, firstRow, problems);
    r.required("household_id", HouseholdId::of, h::id);
    r.required("region", RegionCode::of, h::region);
    r.required("residence_type", s -> enumValue(ResidenceType.class, s), h::residenceType);
    r.optional("classification", s -> s, h::classification);
    r.optional("assets_within_limits", HouseholdCsv::bool, h::assetsWithinLimits);
    for (int m = 0; m < rows.size(); m++) {
      Row pr = new Row(rows.get(m), place, firstRow + m, problems);
      if (m > 0) {
        for (String c : HOUSEHOLD_COLUMNS) {
          String v = pr.cell(c);
          if (!v.isEmpty() && !v.equals(r.cell(c))) {
            problems.add(pr.where(c) + "'" + v + "' differs from '" + r.cell(c) + "' on row " + firstRow
                + ", the household's first row; leave it empty or repeat it");
          }
        }
      }
      Person p = pr.person();
      if (p != null) {
        h.addMembers(p);
      }
    }
    if (problems.isEmpty()) {
      try {
        return h.build();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems().stream().map(place::household).toList());
      } catch (RuntimeException e) {
        problems.add(place.household(e.getMessage()));
      }
    }
    throw new InvalidInputException(problems);
  }

  /**
   * How the messages about one household's rows name their place. Rows read from a file name the household's
   * rows and id first ({@code h.csv rows 5-6, household H2: row 6, column birth_date: …}); rows handed in by a
   * caller ({@link #household(List, String, long)}) keep the caller's source ({@code persons row 7, column …}).
   */
  private interface Place {
    /** @return the start of a message about a cell, ending in {@code ": "} */
    String cell(long row, String column);

    /** @return the start of a message about a whole row, ending in {@code ": "} */
    String row(long row);

    /** @return a message about the household as a whole, e.g. one of the household's own checks */
    String household(String message);

    static Place table(String source, long firstRow, int rows) {
      return new Place() {
        @Override
        public String cell(long row, String column) {
          return where(source, row, column);
        }

        @Override
        public String row(long row) {
          return source + " row " + row + ": ";
        }

        @Override
        public String household(String message) {
          return source + (rows == 1 ? " row " + firstRow : " rows " + firstRow + "-" + (firstRow + rows - 1)) + ": "
              + message;
        }
      };
    }

    static Place file(Rows at) {
      String prefix = at + ": ";
      boolean one = at.firstRow() == at.lastRow();
      return new Place() {
        @Override
        public String cell(long row, String column) {
          return prefix + (one ? "" : "row " + row + ", ") + "column " + column + ": ";
        }

        @Override
        public String row(long row) {
          return prefix + (one ? "" : "row " + row + ": ");
        }

        @Override
        public String household(String message) {
          String named = "household " + at.householdId() + ": "; // the prefix names it already
          return prefix + (message.startsWith(named) ? message.substring(named.length()) : message);
        }
      };
    }
  }

  /**
   * Where one household is in a CSV file: its rows (1-based, the header is row 1) and its id, as every message
   * about it names them.
   *
   * @param source what the reader calls the file, e.g. its name, not null
   * @param firstRow the household's first row
   * @param lastRow its last row, not before {@code firstRow}
   * @param householdId its id as written in its first row, or {@code ?} if that cell is empty
   * @since 0.3
   */
  public record Rows(String source, long firstRow, long lastRow, String householdId) {
    /**
     * Checks the fields.
     *
     * @param source what the reader calls the file, e.g. its name, not null
     * @param firstRow the household's first row
     * @param lastRow its last row, not before {@code firstRow}
     * @param householdId its id as written in its first row, or {@code ?} if that cell is empty
     */
    public Rows {
      requireNonNull(source, "source");
      requireNonNull(householdId, "householdId");
      if (firstRow < 1 || lastRow < firstRow) {
        throw new IllegalArgumentException("rows " + firstRow + "-" + lastRow + " are not rows of a file");
      }
    }

    /** @return the file and rows, e.g. {@code households.csv rows 5-6} or {@code households.csv row 4} */
    public String where() {
      return source + (firstRow == lastRow ? " row " + firstRow : " rows " + firstRow + "-" + lastRow);
    }

    /** @return the file, rows and household, e.g. {@code households.csv rows 5-6, household H2} */
    @Override
    public String toString() {
      return where() + ", household " + householdId;
    }
  }

  /** A cell of a row in {@link #COLUMNS} order, stripped; empty if null or absent. */
  private static String cell(String[] values, String column) {
    int i = POSITION.get(column);
    String v = i < values.length ? values[i] : null;
    return v == null ? "" : v.strip();
  }

  private static String where(String source, long atRow, String column) {
    return source + " row " + atRow + ", column " + column + ": ";
  }

  /**
   * Writes households, one row per member, every column of {@link #COLUMNS} with a header row; the
   * household columns are repeated on every row of the household.
   *
   * @param households the households, not null
   * @param out where to write, not null; flushed, not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Iterable<Household> households, Writer out) {
    requireNonNull(households, "households");
    requireNonNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    try (SequenceWriter w = CSV.writerFor(String[].class).with(schema.build())
        .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValues(out)) {
      for (Household h : households) {
        for (Person p : h.members()) {
          w.write(row(h, p));
        }
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String[] row(Household h, Person p) {
    Map<String, String> cells = new HashMap<>();
    cells.put("household_id", h.id().value());
    cells.put("region", h.region().code());
    cells.put("residence_type", h.residenceType().name());
    h.classification().ifPresent(c -> cells.put("classification", c));
    h.assetsWithinLimits().ifPresent(b -> cells.put("assets_within_limits", b.toString()));
    cells.put("resident_id", p.id().value());
    p.declaredBirthDate().ifPresent(d -> cells.put("birth_date", d.toString()));
    p.hukouRegion().ifPresent(r -> cells.put("hukou_region", r.code()));
    p.disability().ifPresent(d -> {
      cells.put("disability_category", d.category().name());
      cells.put("disability_grade", Integer.toString(d.grade()));
      d.longTermCare().ifPresent(b -> cells.put("long_term_care", b.toString()));
    });
    p.selfCare().ifPresent(s -> cells.put("self_care_unable", s.unable().isEmpty() ? NONE
        : String.join(";", s.unable().stream().map(Enum::name).toList())));
    p.hasCapableSupporter().ifPresent(b -> cells.put("has_capable_supporter", b.toString()));
    cells.put("work_injury_nursing_allowance", Boolean.toString(p.receivesWorkInjuryNursingAllowance()));
    cells.put("orphan_protection", Boolean.toString(p.underOrphanProtection()));
    p.dateOfDeath().ifPresent(d -> cells.put("date_of_death", d.toString()));
    p.institution().ifPresent(i -> cells.put("institution", i.value()));
    Map<IncomeCategory, Money> income = new EnumMap<>(IncomeCategory.class);
    for (IncomeItem i : p.incomes()) {
      income.merge(i.category(), i.amount(), Money::plus);
    }
    income.forEach((c, m) -> cells.put(incomeColumn(c), m.toString()));
    String[] row = new String[COLUMNS.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = cells.getOrDefault(COLUMNS.get(i), "");
    }
    return row;
  }

  /**
   * Households read from CSV, one per {@link #next()}. Not thread-safe. A household whose rows are
   * invalid makes {@code next()} throw {@link InvalidInputException} listing every problem of those
   * rows; the rows are consumed, so a caller that wants the other households catches it and goes on.
   */
  public static final class Cursor implements Iterator<Household>, Closeable {
    private final String source;
    private final MappingIterator<String[]> rows;
    private final int[] index;
    private final int width;
    /** Fingerprints of the household ids read, 8 bytes each, so a file of millions stays small. */
    private final LongHashSet seen = new LongHashSet();
    /** The next row in {@link #COLUMNS} order, and its number and number of cells as read. */
    private String[] pending;
    private long pendingRow;
    private int pendingWidth;
    private long row;
    private boolean done;
    /** Where the household the last {@link #next()} read is, valid or not. */
    private Rows last;

    private Cursor(Reader in, String source) {
      requireNonNull(in, "in");
      this.source = requireNonNull(source, "source");
      try {
        // empty lines are skipped here, not by the parser, so that they count as rows, as a spreadsheet shows them
        this.rows = CSV.readerFor(String[].class).without(CsvParser.Feature.SKIP_EMPTY_LINES).readValues(in);
      } catch (IOException e) {
        throw new UncheckedIOException(source + ": " + e.getMessage(), e);
      }
      String[] header = nextRow();
      if (header == null) {
        throw new InvalidInputException(source + ": the file is empty; the first row must name the columns "
            + String.join(",", COLUMNS));
      }
      this.width = header.length;
      try {
        this.index = columnPositions(Arrays.asList(header), source);
      } catch (InvalidInputException e) {
        close();
        throw e;
      }
    }

    private String[] nextRow() {
      try {
        while (rows.hasNextValue()) {
          row++;
          String[] r = rows.nextValue();
          if (r.length > 1 || (r.length == 1 && !r[0].isBlank())) {
            return r;
          }
        }
        return null;
      } catch (IOException | RuntimeJsonMappingException e) {
        throw new InvalidInputException(source + " row " + row + ": not valid CSV: " + e.getMessage());
      }
    }

    @Override
    public boolean hasNext() {
      if (pending == null && !done) {
        String[] raw = nextRow();
        pendingRow = row;
        if (raw == null) {
          done = true;
          close();
        } else {
          pendingWidth = raw.length;
          pending = new String[COLUMNS.size()];
          for (int i = 0; i < pending.length; i++) {
            pending[i] = index[i] < 0 || index[i] >= raw.length ? "" : raw[index[i]];
          }
        }
      }
      return pending != null;
    }

    /**
     * @return the next household
     * @throws InvalidInputException if its rows are invalid, naming each row, column and value
     * @throws NoSuchElementException if there is none
     */
    @Override
    public Household next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long firstRow = pendingRow;
      String id = cell(pending, "household_id");
      List<String[]> members = new ArrayList<>();
      List<Long> tooWide = new ArrayList<>();
      long lastRow;
      do {
        if (pendingWidth > width) {
          tooWide.add(pendingRow);
          tooWide.add((long) pendingWidth);
        }
        members.add(pending);
        lastRow = pendingRow;
        pending = null;
      } while (hasNext() && cell(pending, "household_id").equals(id));
      last = new Rows(source, firstRow, lastRow, id.isEmpty() ? "?" : Excerpt.of(id));
      Place place = Place.file(last);
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < tooWide.size(); i += 2) {
        problems.add(place.row(tooWide.get(i)) + tooWide.get(i + 1) + " cells, but the first row names "
            + width + " columns; a value with a comma must be quoted");
      }
      if (id.isEmpty()) {
        problems.add(place.cell(firstRow, "household_id") + "is empty");
      } else if (!seen.add(Fingerprints.of(id))) {
        problems.add(place.cell(firstRow, "household_id") + "'" + Excerpt.of(id)
            + "' appeared earlier in the file; the rows of a household must be consecutive");
      }
      return household(members, place, firstRow, problems);
    }

    /**
     * Where the household the last {@link #next()} read is: its rows and id, also when {@code next()} threw
     * because the household is invalid. A caller that calculates the household later names it by these rows.
     *
     * @return the rows of the last household read, or empty before the first {@code next()}
     * @since 0.3
     */
    public Optional<Rows> lastRows() {
      return Optional.ofNullable(last);
    }

    /** Closes the text read. */
    @Override
    public void close() {
      done = true;
      try {
        rows.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One row in {@link #COLUMNS} order: parses cells and collects the problems, each naming row, column and value. */
  private static final class Row {
    private final String[] values;
    private final Place place;
    private final long at;
    private final List<String> problems;

    Row(String[] values, Place place, long at, List<String> problems) {
      this.values = values;
      this.place = place;
      this.at = at;
      this.problems = problems;
    }

    String cell(String column) {
      return HouseholdCsv.cell(values, column);
    }

    String where(String column) {
      return place.cell(at, column);
    }

    /** The parsed cell, or null if it is empty or invalid (the problem is recorded). */
    <T> T parse(String column, Function<String, T> parser) {
      String v = cell(column);
      if (v.isEmpty()) {
        return null;
      }
      try {
        return parser.apply(v);
      } catch (RuntimeException e) {
        problems.add(where(column) + "'" + v + "': " + e.getMessage());
        return null;
      }
    }

    <T> void required(String column, Function<String, T> parser, Consumer<T> into) {
      if (cell(column).isEmpty()) {
        problems.add(where(column) + "is empty; it is required");
        return;
      }
      T t = parse(column, parser);
      if (t != null) {
        into.accept(t);
      }
    }

    <T> void optional(String column, Function<String, T> parser, Consumer<T> into) {
      T t = parse(column, parser);
      if (t != null) {
        into.accept(t);
      }
    }

    Person person() {
      int before = problems.size();
      Person.Builder p = new Person.Builder();
      required("resident_id", ResidentId::parse, p::id);
      optional("birth_date", HouseholdCsv::date, p::declaredBirthDate);
      optional("hukou_region", RegionCode::of, p::hukouRegion);
      DisabilityCategory category = parse("disability_category", s -> enumValue(DisabilityCategory.class, s));
      Integer grade = parse("disability_grade", HouseholdCsv::integer);
      Boolean care = parse("long_term_care", HouseholdCsv::bool);
      if (category != null && grade != null) {
        try {
          p.disability(new Disability(category, grade, Optional.ofNullable(care)));
        } catch (IllegalArgumentException e) {
          problems.add(where("disability_grade") + "'" + grade + "': " + e.getMessage());
        }
      } else if (category != null || grade != null || care != null) {
        if (category == null && cell("disability_category").isEmpty()) {
          problems.add(where("disability_category") + "is empty, but disability_grade or long_term_care is given");
        }
        if (grade == null && cell("disability_grade").isEmpty()) {
          problems.add(where("disability_grade") + "is empty, but disability_category or long_term_care is given");
        }
      }
      optional("self_care_unable", HouseholdCsv::selfCare, p::selfCare);
      optional("has_capable_supporter", HouseholdCsv::bool, p::hasCapableSupporter);
      optional("work_injury_nursing_allowance", HouseholdCsv::bool, p::receivesWorkInjuryNursingAllowance);
      optional("orphan_protection", HouseholdCsv::bool, p::underOrphanProtection);
      optional("date_of_death", HouseholdCsv::date, p::dateOfDeath);
      optional("institution", InstitutionId::of, p::institution);
      for (IncomeCategory c : IncomeCategory.values()) {
        optional(incomeColumn(c), s -> new IncomeItem(c, Money.parse(s)), p::addIncomes);
      }
      if (problems.size() > before) {
        return null;
      }
      try {
        return p.build();
      } catch (InvalidInputException e) {
        e.problems().forEach(s -> problems.add(place.row(at) + s));
      } catch (RuntimeException e) {
        problems.add(place.row(at) + e.getMessage());
      }
      return null;
    }
  }

  private static boolean bool(String s) {
    if (s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("not true or false");
  }

  private static int integer(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static SelfCareAssessment selfCare(String s) {
    if (s.equalsIgnoreCase(NONE)) {
      return new SelfCareAssessment(Set.of());
    }
    EnumSet<DailyActivity> unable = EnumSet.noneOf(DailyActivity.class);
    for (String part : s.split(";", -1)) {
      String a = part.strip();
      if (a.isEmpty()) {
        throw new IllegalArgumentException("an activity between ';' is empty");
      }
      if (!unable.add(enumValue(DailyActivity.class, a))) {
        throw new IllegalArgumentException(a + " is listed twice");
      }
    }
    return new SelfCareAssessment(unable);
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date yyyy-mm-dd");
    }
  }
}
