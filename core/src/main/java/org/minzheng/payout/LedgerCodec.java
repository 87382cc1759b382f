package org.minzheng.payout;

import org.minzheng.internal.payout.Bytes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.minzheng.household.HouseholdId;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * The ledger file format: JSON Lines, UTF-8, one record a line.
 *
 * <pre>
 * {"t":"ledger","format":"minzheng-ledger","version":2}
 * {"t":"run","seq":1,"kind":"REGULAR","period":"2020-01","runMonth":"2020-01"}
 * {"t":"stamp","id":0,"libraryVersion":"0.1.0","modules":{"standards-2020":"2020.1"},"parameterHash":"ab12…"}
 * {"t":"line","st":0,"p":"2020-01","s":"DIBAO","b":"HOUSEHOLD:h1","h":"h1","r":"410402","k":"REGULAR","a":"660.00","n":3}
 * {"t":"line","st":0,"p":"2020-01","s":"EXTREME_POVERTY","b":"PERSON:4104…","y":"INSTITUTION:JLY-01","h":"h2","r":"410422","k":"REGULAR","a":"741.00","n":1}
 * {"t":"commit","seq":1,"lines":2,"amount":"1401.00","crc":"1a2b3c4d"}
 * </pre>
 *
 * A line's run month {@code rm} is written only when it differs from its period {@code p} (corrections),
 * its payee {@code y} only when it differs from the beneficiary {@code b}, what a correction corrects
 * {@code c} only when it says (since 0.2; see {@link PayoutLine#corrects()}); version 1 wrote both always
 * and is read as well. The commit's crc is CRC32C over the bytes of the run's records, from its run
 * record to the record before the commit. Stamp ids are local to a run.
 *
 * <p>Lines, the bulk of a file, are written by hand into a reused buffer and read with Jackson's
 * streaming parser; the rare records go through a {@link JsonGenerator}. An instance is not
 * thread-safe: one per writer or reading pass.
 */
final class LedgerCodec {
  public static final String FORMAT = "minzheng-ledger";
  public static final int VERSION = 2;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(org.minzheng.internal.json.ReadLimits.CONSTRAINTS).build();
  private static final byte[] LINE_START = ascii("{\"t\":\"line\",\"st\":");
  private static final byte[] F_RM = ascii(",\"rm\":");
  private static final byte[] F_P = ascii(",\"p\":");
  private static final byte[] F_S = ascii(",\"s\":");
  private static final byte[] F_B = ascii(",\"b\":");
  private static final byte[] F_Y = ascii(",\"y\":");
  private static final byte[] F_H = ascii(",\"h\":");
  private static final byte[] F_R = ascii(",\"r\":");
  private static final byte[] F_K = ascii(",\"k\":");
  private static final byte[] F_A = ascii(",\"a\":\"");
  private static final byte[] F_N = ascii("\",\"n\":");
  private static final byte[] F_C = ascii(",\"c\":");
  private static final byte[][] SCHEMES = quoted(Scheme.values());
  private static final byte[][] KINDS = quoted(PayoutKind.values());
  private static final byte[][] BENEFICIARY_KINDS = prefixes(Beneficiary.Kind.values());
  private static final PayoutKind[] KIND_VALUES = PayoutKind.values();
  private static final com.google.common.hash.HashFunction FINGERPRINT = com.google.common.hash.Hashing.farmHashFingerprint64();

  private final Bytes out = new Bytes(512);
  private final Bytes key = new Bytes(128);
  private long keyFingerprint;
  private long keyPartition;
  private final Map<String, Object> fields = new HashMap<>();
  private final Map<String, YearMonth> months = new HashMap<>();
  private final Map<String, RegionCode> regions = new HashMap<>();

  /** @return true if this codec reads files of {@code version} */
  public static boolean reads(int version) {
    return version == 1 || version == VERSION;
  }

  /** A parsed record. */
  public sealed interface Record permits Header, Run, StampRec, Line, Commit {}

  public record Header(String format, int version) implements Record {}

  public record Run(long seq, RunHeader header) implements Record {}

  public record StampRec(int id, Stamp stamp) implements Record {}

  /** A line whose stamp is still an id. */
  public record Line(int stampId, YearMonth runMonth, YearMonth period, Scheme scheme, Beneficiary beneficiary,
      Beneficiary payee, HouseholdId householdId, RegionCode region, PayoutKind kind, Money amount, int persons,
      String corrects)
      implements Record {
    public PayoutLine withStamp(Stamp stamp) {
      return new PayoutLine(runMonth, period, scheme, beneficiary, payee, householdId, region, kind, amount, persons, stamp,
          corrects);
    }

    public String idempotencyKey() {
      return PayoutLine.key(period, scheme, beneficiary, kind, runMonth, corrects);
    }

    public long keyFingerprint() {
      return PayoutLine.keyFingerprint(period, scheme, beneficiary, kind, runMonth, corrects);
    }
  }

  public record Commit(long seq, long lines, Money amount, String crc) implements Record {}

  public byte[] header() {
    return write(g -> {
      g.writeStringField("t", "ledger");
      g.writeStringField("format", FORMAT);
      g.writeNumberField("version", VERSION);
    });
  }

  public byte[] run(long seq, RunHeader h) {
    return write(g -> {
      g.writeStringField("t", "run");
      g.writeNumberField("seq", seq);
      g.writeStringField("kind", h.kind().name());
      g.writeStringField("period", h.period().toString());
      g.writeStringField("runMonth", h.runMonth().toString());
    });
  }

  public byte[] stamp(int id, Stamp s) {
    return write(g -> {
      g.writeStringField("t", "stamp");
      g.writeNumberField("id", id);
      g.writeStringField("libraryVersion", s.libraryVersion());
      g.writeObjectFieldStart("modules");
      for (Map.Entry<String, String> e : s.modules().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeStringField("parameterHash", s.parameterHash());
      if (s.knownOn().isPresent()) {
        g.writeStringField("knownOn", s.knownOn().get().toString());
      }
    });
  }

  /**
   * Encodes a line record, '\n' included, into this codec's buffer.
   *
   * @return the buffer; its bytes are valid until the next call
   */
  public Bytes line(int stampId, PayoutLine l) {
    Bytes b = out.reset();
    b.raw(LINE_START).number(stampId);
    if (!l.runMonth().equals(l.period())) {
      b.raw(F_RM).ascii('"').yearMonth(l.runMonth()).ascii('"');
    }
    b.raw(F_P).ascii('"').yearMonth(l.period()).ascii('"');
    int s = l.scheme().ordinal();
    b.raw(F_S).raw(s < SCHEMES.length ? SCHEMES[s] : ascii("\"" + l.scheme().name() + "\"")); // a scheme module's own
    beneficiary(b.raw(F_B), l.beneficiary());
    if (!l.payee().equals(l.beneficiary())) {
      beneficiary(b.raw(F_Y), l.payee());
    }
    b.raw(F_H).jsonString(l.householdId().value());
    b.raw(F_R).jsonString(l.region().code());
    b.raw(F_K).raw(KINDS[l.kind().ordinal()]);
    b.raw(F_A).yuan(l.amount().fen());
    b.raw(F_N).number(l.persons());
    if (!l.corrects().isEmpty()) {
      b.raw(F_C).jsonString(l.corrects());
    }
    b.ascii('}').ascii('\n');
    return b;
  }

  private static void beneficiary(Bytes b, Beneficiary x) {
    // "KIND:id" as one JSON string: the kind's prefix is plain ASCII, the id is escaped
    b.ascii('"').raw(BENEFICIARY_KINDS[x.kind().ordinal()]).jsonChars(x.id()).ascii('"');
  }

  public byte[] commit(long seq, long lines, Money amount, String crc) {
    return write(g -> {
      g.writeStringField("t", "commit");
      g.writeNumberField("seq", seq);
      g.writeNumberField("lines", lines);
      g.writeStringField("amount", amount.toString());
      g.writeStringField("crc", crc);
    });
  }

  /**
   * Reads the idempotency-key fingerprint and the key partition of a line record straight from its
   * bytes, without parsing it into objects: what a re-run does for every line of a recorded month, so
   * it costs about what writing the line did. Only a line as {@link #line} writes it qualifies (its
   * fields in that order, no escape in the fields of the key); for any other record, or a line written
   * otherwise, it returns false and the caller {@link #parse parses} the record. When it returns true,
   * {@link #keyFingerprint()} and {@link #keyPartition()} equal those of the parsed line's
   * {@link Line#keyFingerprint()} and {@code KeyPartitions.of(kind, runMonth)}.
   *
   * @return true if the record is such a line
   */
  public boolean lineKey(byte[] b, int len) {
    int i = match(b, len, 0, LINE_START);
    if (i < 0) {
      return false;
    }
    while (i < len && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    int rm = -1;
    int j = match(b, len, i, F_RM);
    if (j >= 0) {
      if (!month(b, len, j)) {
        return false;
      }
      rm = j + 1;
      i = j + 9;
    }
    j = match(b, len, i, F_P);
    if (j < 0 || !month(b, len, j)) {
      return false;
    }
    int p = j + 1;
    i = j + 9;
    j = match(b, len, i, F_S);
    int sEnd = j < 0 ? -1 : plainString(b, len, j);
    if (sEnd < 0) {
      return false;
    }
    int s = j + 1;
    i = sEnd + 1;
    j = match(b, len, i, F_B);
    int bEnd = j < 0 ? -1 : plainString(b, len, j);
    if (bEnd < 0) {
      return false;
    }
    int ben = j + 1;
    i = bEnd + 1;
    j = match(b, len, i, F_Y);
    if (j >= 0 && (i = skipString(b, len, j)) < 0) {
      return false;
    }
    j = match(b, len, i, F_H);
    if (j < 0 || (i = skipString(b, len, j)) < 0) {
      return false;
    }
    j = match(b, len, i, F_R);
    if (j < 0 || (i = skipString(b, len, j)) < 0) {
      return false;
    }
    j = match(b, len, i, F_K);
    int kEnd = j < 0 ? -1 : plainString(b, len, j);
    if (kEnd < 0) {
      return false;
    }
    PayoutKind kind = kind(b, j + 1, kEnd);
    if (kind == null) {
      return false;
    }
    i = kEnd + 1;
    j = match(b, len, i, F_A); // the amount's opening quote is part of F_A, its closing one of F_N
    if (j < 0) {
      return false;
    }
    while (j < len && b[j] != '"') {
      j++;
    }
    i = match(b, len, j, F_N);
    if (i < 0) {
      return false;
    }
    while (i < len && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    int c = -1;
    int cEnd = -1;
    j = match(b, len, i, F_C);
    if (j >= 0) {
      if ((cEnd = plainString(b, len, j)) < 0) {
        return false;
      }
      c = j + 1;
      i = cEnd + 1;
    }
    if (i >= len || b[i] != '}') {
      return false;
    }
    for (int k = i + 1; k < len; k++) {
      if (b[k] != '\n' && b[k] != '\r') {
        return false;
      }
    }
    int runMonth = rm >= 0 ? rm : p;
    Bytes k = key.reset().raw(b, p, 7).ascii('|').raw(b, s, sEnd - s).ascii('|').raw(b, ben, bEnd - ben).ascii('|')
        .raw(KINDS[kind.ordinal()], 1, KINDS[kind.ordinal()].length - 2);
    if (kind.isCorrection()) {
      k.ascii('|').raw(b, runMonth, 7);
      if (c >= 0 && cEnd > c) {
        k.ascii('|').raw(b, c, cEnd - c);
      }
    }
    keyFingerprint = FINGERPRINT.hashBytes(k.array(), 0, k.length()).asLong();
    int year = digits(b, runMonth, 4);
    int monthOfYear = digits(b, runMonth + 5, 2);
    keyPartition = ((long) year * 12 + monthOfYear - 1) * KIND_VALUES.length + kind.ordinal(); // KeyPartitions.of
    return true;
  }

  /** @return the key fingerprint of the line {@link #lineKey} last read */
  public long keyFingerprint() {
    return keyFingerprint;
  }

  /** @return the key partition of the line {@link #lineKey} last read */
  public long keyPartition() {
    return keyPartition;
  }

  /** The index after {@code what} if the bytes at {@code i} are {@code what}, else -1. */
  private static int match(byte[] b, int len, int i, byte[] what) {
    if (i < 0 || i + what.length > len) {
      return -1;
    }
    for (int k = 0; k < what.length; k++) {
      if (b[i + k] != what[k]) {
        return -1;
      }
    }
    return i + what.length;
  }

  /** Whether a quoted {@code "yyyy-MM"} with a month 01..12 starts at {@code i}. */
  private static boolean month(byte[] b, int len, int i) {
    if (i + 9 > len || b[i] != '"' || b[i + 5] != '-' || b[i + 8] != '"' || digits(b, i + 1, 4) < 0) {
      return false;
    }
    int m = digits(b, i + 6, 2);
    return m >= 1 && m <= 12;
  }

  /**
   * The benefit month of a line record, read from its bytes without parsing it: for a reading pass
   * that wants a few months and skips the rest. Lines as {@link #line} writes them start with
   * {@code {"t":"line","st":} and have {@code ,"p":"yyyy-MM"} among their first fields; the first
   * {@code ,"p":"} in a line is that field, as a quote inside a JSON string is always escaped.
   *
   * @return the month as {@code year * 12 + month - 1}, or -1 if the bytes are not a line written so
   *     (another record, or a line in another layout): the caller then parses them
   */
  static int linePeriod(byte[] b, int len) {
    if (len < LINE_START.length || !java.util.Arrays.equals(b, 0, LINE_START.length, LINE_START, 0, LINE_START.length)) {
      return -1;
    }
    for (int i = LINE_START.length; i + 14 <= len; i++) {
      if (b[i] == ',' && b[i + 1] == '"' && b[i + 2] == 'p' && b[i + 3] == '"' && b[i + 4] == ':' && b[i + 5] == '"') {
        int j = i + 6;
        int y = digits(b, j, 4);
        int m = digits(b, j + 5, 2);
        if (y < 0 || m < 1 || m > 12 || b[j + 4] != '-' || b[j + 7] != '"') {
          return -1;
        }
        return y * 12 + m - 1;
      }
    }
    return -1;
  }

  /** @return {@code m} as {@link #linePeriod} encodes it */
  static int monthCode(YearMonth m) {
    return m.getYear() * 12 + m.getMonthValue() - 1;
  }

  private static int digits(byte[] b, int i, int n) {
    int v = 0;
    for (int k = i; k < i + n; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return -1;
      }
      v = v * 10 + (b[k] - '0');
    }
    return v;
  }

  /** The index of the closing quote of a JSON string at {@code i} without escapes or control characters, else -1. */
  private static int plainString(byte[] b, int len, int i) {
    if (i >= len || b[i] != '"') {
      return -1;
    }
    for (int k = i + 1; k < len; k++) {
      if (b[k] == '"') {
        return k;
      }
      if (b[k] == '\\' || (b[k] >= 0 && b[k] < 0x20)) {
        return -1;
      }
    }
    return -1;
  }

  /** The index after a JSON string at {@code i} (escapes skipped), else -1. */
  private static int skipString(byte[] b, int len, int i) {
    if (i >= len || b[i] != '"') {
      return -1;
    }
    for (int k = i + 1; k < len; k++) {
      if (b[k] == '\\') {
        k++;
      } else if (b[k] == '"') {
        return k + 1;
      }
    }
    return -1;
  }

  /** The kind whose name is the bytes {@code [from, to)}, or null. */
  private static PayoutKind kind(byte[] b, int from, int to) {
    next:
    for (PayoutKind k : KIND_VALUES) {
      byte[] quoted = KINDS[k.ordinal()];
      if (quoted.length - 2 != to - from) {
        continue;
      }
      for (int i = 0; i < to - from; i++) {
        if (b[from + i] != quoted[i + 1]) {
          continue next;
        }
      }
      return k;
    }
    return null;
  }

  /**
   * @return the record
   * @throws IllegalArgumentException if the bytes are not a well-formed record
   */
  public Record parse(byte[] bytes, int len) {
    Map<String, Object> n = fields;
    n.clear();
    try (JsonParser p = FACTORY.createParser(bytes, 0, len)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object");
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING) {
          n.put(name, p.getText());
        } else if (v == JsonToken.VALUE_NUMBER_INT) {
          n.put(name, p.getLongValue());
        } else if (v == JsonToken.START_OBJECT && name.equals("modules")) {
          Map<String, String> modules = new TreeMap<>();
          for (JsonToken m = p.nextToken(); m != JsonToken.END_OBJECT; m = p.nextToken()) {
            String module = p.currentName();
            if (p.nextToken() != JsonToken.VALUE_STRING) {
              throw new IllegalArgumentException("module '" + module + "' has no text version");
            }
            modules.put(module, p.getText());
          }
          n.put(name, modules);
        } else {
          p.skipChildren();
          n.put(name, Boolean.FALSE); // present, but neither text nor a whole number
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("text after the record's object");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
    }
    try {
      switch (text(n, "t")) {
        case "ledger":
          return new Header(text(n, "format"), n.get("version") instanceof Long v ? v.intValue() : -1);
        case "run":
          return new Run(num(n, "seq"), new RunHeader(RunKind.valueOf(text(n, "kind")),
              month(text(n, "period")), month(text(n, "runMonth"))));
        case "stamp": {
          @SuppressWarnings("unchecked")
          Map<String, String> modules = n.get("modules") instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
          return new StampRec((int) num(n, "id"), new Stamp(text(n, "libraryVersion"), modules, text(n, "parameterHash"),
              n.containsKey("knownOn") ? java.util.Optional.of(java.time.LocalDate.parse(text(n, "knownOn")))
                  : java.util.Optional.empty()));
        }
        case "line": {
          YearMonth period = month(text(n, "p"));
          Beneficiary b = beneficiary(text(n, "b"));
          return new Line((int) num(n, "st"), n.containsKey("rm") ? month(text(n, "rm")) : period, period,
              Scheme.valueOf(text(n, "s")), b, n.containsKey("y") ? beneficiary(text(n, "y")) : b,
              HouseholdId.of(text(n, "h")), region(text(n, "r")), PayoutKind.valueOf(text(n, "k")),
              Money.ofFen(fen(text(n, "a"))), (int) num(n, "n"), n.containsKey("c") ? text(n, "c") : "");
        }
        case "commit":
          return new Commit(num(n, "seq"), num(n, "lines"), Money.ofFen(fen(text(n, "amount"))), text(n, "crc"));
        default:
          throw new IllegalArgumentException("unknown record type '" + text(n, "t") + "'");
      }
    } catch (RuntimeException e) {
      throw e instanceof IllegalArgumentException ? e : new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private YearMonth month(String s) {
    YearMonth m = months.get(s);
    if (m == null) {
      m = YearMonth.parse(s);
      months.put(s, m);
    }
    return m;
  }

  private RegionCode region(String s) {
    RegionCode r = regions.get(s);
    if (r == null) {
      r = RegionCode.of(s);
      regions.put(s, r);
    }
    return r;
  }

  private static String text(Map<String, Object> n, String field) {
    if (!(n.get(field) instanceof String s)) {
      throw new IllegalArgumentException("field '" + field + "' is missing or not text");
    }
    return s;
  }

  private static long num(Map<String, Object> n, String field) {
    if (!(n.get(field) instanceof Long v)) {
      throw new IllegalArgumentException("field '" + field + "' is missing or not a whole number");
    }
    return v;
  }

  /** Decimal yuan with exactly two places, as written: {@code -60.00}. */
  static long fen(String s) {
    int n = s.length();
    int i = s.startsWith("-") ? 1 : 0;
    if (n - i < 4 || n - i > 18 || s.charAt(n - 3) != '.') {
      throw new IllegalArgumentException("amount '" + s + "' is not decimal yuan with two places");
    }
    long v = 0;
    for (int k = i; k < n; k++) {
      if (k == n - 3) {
        continue;
      }
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("amount '" + s + "' is not decimal yuan with two places");
      }
      v = v * 10 + (c - '0');
    }
    return i == 1 ? -v : v;
  }

  private Beneficiary beneficiary(String s) {
    int i = s.indexOf(':');
    if (i < 0) {
      throw new IllegalArgumentException("beneficiary '" + s + "' is not KIND:id");
    }
    return new Beneficiary(Beneficiary.Kind.valueOf(s.substring(0, i)), s.substring(i + 1));
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private byte[] write(Body body) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(buf)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buf.write('\n');
    return buf.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[][] quoted(Scheme[] values) {
    byte[][] out = new byte[values.length][];
    for (Scheme v : values) {
      out[v.ordinal()] = ascii("\"" + v.name() + "\"");
    }
    return out;
  }

  private static byte[][] quoted(Enum<?>[] values) {
    byte[][] out = new byte[values.length][];
    for (Enum<?> v : values) {
      out[v.ordinal()] = ascii("\"" + v.name() + "\"");
    }
    return out;
  }

  private static byte[][] prefixes(Beneficiary.Kind[] values) {
    byte[][] out = new byte[values.length][];
    for (Beneficiary.Kind v : values) {
      out[v.ordinal()] = ascii(v.name() + ":");
    }
    return out;
  }
}
