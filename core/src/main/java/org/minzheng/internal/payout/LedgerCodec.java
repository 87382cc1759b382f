package org.minzheng.internal.payout;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.minzheng.household.HouseholdId;
import org.minzheng.payout.PayoutKind;
import org.minzheng.payout.PayoutLine;
import org.minzheng.payout.RunHeader;
import org.minzheng.payout.RunKind;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.Scheme;

/**
 * The ledger file format: JSON Lines, UTF-8, one record a line.
 *
 * <pre>
 * {"t":"ledger","format":"minzheng-ledger","version":1}
 * {"t":"run","seq":1,"kind":"REGULAR","period":"2020-01","runMonth":"2020-01"}
 * {"t":"stamp","id":0,"libraryVersion":"0.1.0","modules":{"standards-2020":"2020.1"},"parameterHash":"ab12…"}
 * {"t":"line","st":0,"rm":"2020-01","p":"2020-01","s":"DIBAO","b":"HOUSEHOLD:h1","y":"HOUSEHOLD:h1","h":"h1","r":"410402","k":"REGULAR","a":"660.00","n":3}
 * {"t":"commit","seq":1,"lines":1,"amount":"660.00","crc":"1a2b3c4d"}
 * </pre>
 *
 * The commit's crc is CRC32C over the bytes of the run's records, from its run record to the record
 * before the commit. Stamp ids are local to a run.
 */
public final class LedgerCodec {
  public static final String FORMAT = "minzheng-ledger";
  public static final int VERSION = 1;

  private static final ObjectMapper READER = new ObjectMapper();
  private final JsonFactory factory = new JsonFactory();
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(512);

  /** A parsed record. */
  public sealed interface Record permits Header, Run, StampRec, Line, Commit {}

  public record Header(String format, int version) implements Record {}

  public record Run(long seq, RunHeader header) implements Record {}

  public record StampRec(int id, Stamp stamp) implements Record {}

  /** A line whose stamp is still an id. */
  public record Line(int stampId, YearMonth runMonth, YearMonth period, Scheme scheme, Beneficiary beneficiary,
      Beneficiary payee, HouseholdId householdId, RegionCode region, PayoutKind kind, Money amount, int persons)
      implements Record {
    public PayoutLine withStamp(Stamp stamp) {
      return new PayoutLine(runMonth, period, scheme, beneficiary, payee, householdId, region, kind, amount, persons, stamp);
    }

    public String idempotencyKey() {
      return PayoutLine.key(period, scheme, beneficiary, kind, runMonth);
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
    });
  }

  public byte[] line(int stampId, PayoutLine l) {
    return write(g -> {
      g.writeStringField("t", "line");
      g.writeNumberField("st", stampId);
      g.writeStringField("rm", l.runMonth().toString());
      g.writeStringField("p", l.period().toString());
      g.writeStringField("s", l.scheme().name());
      g.writeStringField("b", l.beneficiary().kind().name() + ":" + l.beneficiary().id());
      g.writeStringField("y", l.payee().kind().name() + ":" + l.payee().id());
      g.writeStringField("h", l.householdId().value());
      g.writeStringField("r", l.region().code());
      g.writeStringField("k", l.kind().name());
      g.writeStringField("a", l.amount().toString());
      g.writeNumberField("n", l.persons());
    });
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
   * @return the record
   * @throws IllegalArgumentException if the bytes are not a well-formed record
   */
  public Record parse(byte[] bytes, int len) {
    JsonNode n;
    try {
      n = READER.readTree(bytes, 0, len);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    try {
      switch (text(n, "t")) {
        case "ledger":
          return new Header(text(n, "format"), n.path("version").asInt(-1));
        case "run":
          return new Run(num(n, "seq"), new RunHeader(RunKind.valueOf(text(n, "kind")),
              YearMonth.parse(text(n, "period")), YearMonth.parse(text(n, "runMonth"))));
        case "stamp": {
          Map<String, String> modules = new TreeMap<>();
          JsonNode m = n.path("modules");
          for (Iterator<Map.Entry<String, JsonNode>> it = m.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            modules.put(e.getKey(), e.getValue().asText());
          }
          return new StampRec((int) num(n, "id"), new Stamp(text(n, "libraryVersion"), modules, text(n, "parameterHash")));
        }
        case "line":
          return new Line((int) num(n, "st"), YearMonth.parse(text(n, "rm")), YearMonth.parse(text(n, "p")),
              Scheme.valueOf(text(n, "s")), beneficiary(text(n, "b")), beneficiary(text(n, "y")),
              HouseholdId.of(text(n, "h")), RegionCode.of(text(n, "r")), PayoutKind.valueOf(text(n, "k")),
              Money.parse(text(n, "a")), (int) num(n, "n"));
        case "commit":
          return new Commit(num(n, "seq"), num(n, "lines"), Money.parse(text(n, "amount")), text(n, "crc"));
        default:
          throw new IllegalArgumentException("unknown record type '" + text(n, "t") + "'");
      }
    } catch (RuntimeException e) {
      throw e instanceof IllegalArgumentException ? e : new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' is missing or not text");
    }
    return v.asText();
  }

  private static long num(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("field '" + field + "' is missing or not a whole number");
    }
    return v.asLong();
  }

  private static Beneficiary beneficiary(String s) {
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
    buf.reset();
    try (JsonGenerator g = factory.createGenerator(buf)) {
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buf.write('\n');
    return buf.toByteArray();
  }
}
