package org.minzheng.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.minzheng.internal.report.SchemeWording;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.Scheme;

/**
 * What a {@link ReportAggregator} computed: rows per scheme, region or institution and month, with
 * month and cumulative-from-January figures; exportable as CSV and JSON and writable as the
 * sentences of a bureau's work summary, in Chinese or English.
 *
 * @param rows the rows, sorted by scheme, level, key and month, not null
 * @param lineCount the number of payout lines read
 * @param total the sum of every line read (equal to the sum of the county rows' amounts), not null
 * @since 0.1
 */
public record Report(List<ReportRow> rows, long lineCount, Money total) {
  private static final CsvMapper CSV = (CsvMapper) CsvMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .addModule(MinzhengJson.module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  /**
   * Copies the list.
   *
   * @param rows the rows, sorted by scheme, level, key and month, not null
   * @param lineCount the number of payout lines read
   * @param total the sum of every line read (equal to the sum of the county rows' amounts), not null
   */
  public Report {
    rows = List.copyOf(rows);
    requireNonNull(total, "total");
  }

  /**
   * @param level a level, not null
   * @return the rows of that level
   */
  public List<ReportRow> rows(ReportLevel level) {
    return rows.stream().filter(r -> r.level() == level).toList();
  }

  /**
   * @param scheme the scheme, not null
   * @param level the level, not null
   * @param key the region code or institution id, not null
   * @param period the month, not null
   * @return the row, if any line fell in or before that month of the year
   */
  public Optional<ReportRow> find(Scheme scheme, ReportLevel level, String key, YearMonth period) {
    return rows.stream().filter(r -> r.scheme() == scheme && r.level() == level && r.key().equals(key)
        && r.period().equals(period)).findFirst();
  }

  /**
   * The latest row at or before {@code asOf} in {@code asOf}'s year, for cumulative figures.
   *
   * @param scheme the scheme, not null
   * @param level the level, not null
   * @param key the region code or institution id, not null
   * @param asOf the month, not null
   * @return the row, if the group has any line in the year up to {@code asOf}
   */
  public Optional<ReportRow> asOf(Scheme scheme, ReportLevel level, String key, YearMonth asOf) {
    ReportRow best = null;
    for (ReportRow r : rows) {
      if (r.scheme() == scheme && r.level() == level && r.key().equals(key) && r.period().getYear() == asOf.getYear()
          && !r.period().isAfter(asOf) && (best == null || r.period().isAfter(best.period()))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Writes the rows as CSV with a header line; money as decimal yuan, months as {@code 2020-09}.
   *
   * @param out where to write, not null (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Writer out) {
    CsvSchema schema = CSV.schemaFor(ReportRow.class).withHeader();
    try {
      CSV.writer(schema).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report as JSON ({@code {"rows":[…],"lineCount":…,"total":"…"}}), money as decimal-yuan strings.
   *
   * @param out where to write, not null (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public void writeJson(Writer out) {
    try {
      MinzhengJson.mapper().writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .withDefaultPrettyPrinter().writeValue(out, this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The seed's sentences, one per scheme and region of {@code level} with payments up to
   * {@code asOf} in its year, e.g. {@code 截至2020年9月底，已累计为111721名平顶山市低保人员发放低保金24966万元（共1005489人次）}
   * or {@code By the end of September 2020, 111,721 recipients in Pingdingshan City had received
   * 249,660,000.00 yuan of minimum living guarantee since January (1,005,489 person-times).}
   * The count is of distinct persons covered; amounts are in 万元 (10,000 yuan) in Chinese and in yuan in English.
   *
   * @param asOf the month whose end the figures run to, not null
   * @param level {@link ReportLevel#COUNTY} or {@link ReportLevel#CITY} (or institution), not null
   * @param locale Chinese or else English, not null
   * @param names region names (e.g. {@code registry::findRegion}); a region without one is shown by code, not null
   * @return the sentences, one a line
   */
  public String sentences(YearMonth asOf, ReportLevel level, Locale locale,
      Function<RegionCode, Optional<RegionInfo>> names) {
    requireNonNull(asOf, "asOf");
    requireNonNull(names, "names");
    boolean zh = "zh".equals(locale.getLanguage());
    List<String> out = new ArrayList<>();
    List<ReportRow> seen = new ArrayList<>();
    for (ReportRow r : rows) {
      if (r.level() != level || r.period().getYear() != asOf.getYear() || r.period().isAfter(asOf)) {
        continue;
      }
      if (seen.stream().anyMatch(s -> s.scheme() == r.scheme() && s.key().equals(r.key()))) {
        continue;
      }
      ReportRow last = asOf(r.scheme(), level, r.key(), asOf).orElseThrow();
      seen.add(last);
      out.add(sentence(last, asOf, level, zh, names));
    }
    return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
  }

  private static String sentence(ReportRow r, YearMonth asOf, ReportLevel level, boolean zh,
      Function<RegionCode, Optional<RegionInfo>> names) {
    SchemeWording w = SchemeWording.of(r.scheme());
    String place;
    if (level == ReportLevel.INSTITUTION) {
      place = zh ? "机构" + r.key() : "institution " + r.key();
    } else {
      Optional<RegionInfo> info = names.apply(RegionCode.of(r.key()));
      place = info.map(i -> zh ? i.chinese() : i.english()).orElse(r.key());
    }
    if (zh) {
      return "截至" + asOf.getYear() + "年" + asOf.getMonthValue() + "月底，已累计为" + r.cumulativePersons() + "名" + place
          + w.personsZh + "发放" + w.moneyZh + wan(r.cumulativeAmount()) + "万元（共" + r.cumulativePersonTimes() + "人次）";
    }
    NumberFormat n = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    NumberFormat y = NumberFormat.getNumberInstance(Locale.ENGLISH);
    y.setMinimumFractionDigits(2);
    y.setMaximumFractionDigits(2);
    String month = asOf.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return "By the end of " + month + " " + asOf.getYear() + ", " + n.format(r.cumulativePersons()) + " " + w.personsEn
        + " in " + place + " had received " + y.format(r.cumulativeAmount().toYuan()) + " yuan of " + w.moneyEn
        + " since January (" + n.format(r.cumulativePersonTimes()) + " person-times).";
  }

  /**
   * Yuan as 万元 for display, as a bureau writes it: rounded half up to two decimals at most, without trailing
   * zeros: 154,280,000.00 → {@code 15428}; 27,442,160.00 → {@code 2744.22}; 2,478,782.87 → {@code 247.88}. The
   * ledger, the CSV and the JSON keep the exact fen.
   */
  static String wan(Money m) {
    BigDecimal v = m.toYuan().movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /**
   * A fixed-width text table of the cumulative figures at {@code asOf}: scheme, region, recipients,
   * persons, person-times and amount (万元 in Chinese, yuan in English).
   *
   * @param asOf the month whose end the figures run to, not null
   * @param level the level, not null
   * @param locale Chinese or else English, not null
   * @return the table
   */
  public String table(YearMonth asOf, ReportLevel level, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder sb = new StringBuilder();
    int first = zh ? 28 : 34;
    int amount = zh ? 16 : 18;
    sb.append(row(first, amount, zh ? "项目" : "scheme", zh ? "地区" : "region", zh ? "对象数" : "recipients",
        zh ? "人数" : "persons", zh ? "人次" : "person-times", zh ? "金额(万元)" : "amount (yuan)"));
    List<String> done = new ArrayList<>();
    for (ReportRow r : rows) {
      String id = r.scheme() + "/" + r.key();
      if (r.level() != level || r.period().getYear() != asOf.getYear() || r.period().isAfter(asOf) || done.contains(id)) {
        continue;
      }
      done.add(id);
      ReportRow last = asOf(r.scheme(), level, r.key(), asOf).orElseThrow();
      sb.append(row(first, amount, zh ? r.scheme().chinese() : r.scheme().english(), r.key(),
          String.valueOf(last.cumulativeRecipients()), String.valueOf(last.cumulativePersons()),
          String.valueOf(last.cumulativePersonTimes()),
          zh ? wan(last.cumulativeAmount()) : last.cumulativeAmount().toString()));
    }
    return sb.toString();
  }

  /** One line of {@link #table}, padded by display width (a Chinese character takes two columns). */
  private static String row(int first, int amount, String scheme, String region, String recipients, String persons,
      String personTimes, String money) {
    return DisplayWidth.left(scheme, first) + ' ' + DisplayWidth.left(region, 8) + ' ' + DisplayWidth.right(recipients, 10)
        + ' ' + DisplayWidth.right(persons, 10) + ' ' + DisplayWidth.right(personTimes, 12) + ' '
        + DisplayWidth.right(money, amount) + System.lineSeparator();
  }
}
