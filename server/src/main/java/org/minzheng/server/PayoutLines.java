package org.minzheng.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import org.minzheng.calculation.BenefitCalculator;
import org.minzheng.scheme.BatchError;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Outcome;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Scheme;

/**
 * The batch's payout form ({@code form=payout}): per household one line with only what a payroll
 * needs, written from core's payout form ({@link BenefitCalculator#calculateEach(Iterable, YearMonth,
 * BenefitCalculator.PayoutSink)}), so an INELIGIBLE result allocates nothing here or in core:
 *
 * <pre>{@code
 * {"line":1,"household":"410402-000123",
 *  "pay":[{"scheme":"DIBAO","beneficiary":{"kind":"HOUSEHOLD","id":"410402-000123"},
 *          "payee":{"kind":"HOUSEHOLD","id":"410402-000123"},"fen":30667,"persons":2}],
 *  "ineligible":10,"undetermined":0}
 * }</pre>
 *
 * <ul>
 *   <li>{@code pay}: every ELIGIBLE result, in the order of the full form's results: its scheme, whom it
 *       is about, who is paid, the amount in integer fen (1/100 yuan; the full form's {@code amount} in
 *       yuan × 100) and the persons it covers (for dibao those its rule counted, else 1);
 *   <li>{@code ineligible}, {@code undetermined}: how many results had those outcomes;
 *   <li>{@code missingFacts}, only when {@code undetermined} is not 0: per UNDETERMINED result, its scheme,
 *       beneficiary and the codes of the facts it lacks. The payout form carries no reasons, so such a
 *       household is calculated a second time by the object path, without explanations, as known on the
 *       same day: the cost falls on the (rare) undetermined households only.
 * </ul>
 *
 * <p>Problem lines are those of the full form. The summary adds {@code payments} (ELIGIBLE results)
 * and {@code fen} (their sum). Not thread-safe: one per batch.
 */
final class PayoutLines extends BatchController.Lines implements BenefitCalculator.PayoutSink {
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString HOUSEHOLD = new SerializedString("household");
  private static final SerializableString PAY = new SerializedString("pay");
  private static final SerializableString SCHEME = new SerializedString("scheme");
  private static final SerializableString BENEFICIARY = new SerializedString("beneficiary");
  private static final SerializableString PAYEE = new SerializedString("payee");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString FEN = new SerializedString("fen");
  private static final SerializableString PERSONS = new SerializedString("persons");
  private static final SerializableString INELIGIBLE = new SerializedString("ineligible");
  private static final SerializableString UNDETERMINED = new SerializedString("undetermined");
  private static final SerializableString[] KINDS = Arrays.stream(Beneficiary.Kind.values())
      .map(k -> new SerializedString(k.name())).toArray(SerializableString[]::new);

  private final Calculations calculations;
  private final YearMonth month;
  private final Optional<LocalDate> knownOn;
  /** Scheme names as serialized strings, by {@link Scheme#ordinal()}. */
  private SerializableString[] schemeNames = new SerializableString[16];

  // the current household's ELIGIBLE results, reused from one household to the next
  private Scheme[] schemes = new Scheme[16];
  private Beneficiary[] beneficiaries = new Beneficiary[16];
  private Beneficiary[] payees = new Beneficiary[16];
  private long[] fens = new long[16];
  private int[] persons = new int[16];
  private int paid;
  private int ineligible;
  private int undetermined;
  private long payments;
  private long totalFen;

  PayoutLines(JsonGenerator g, Calculations calculations, YearMonth month, Optional<LocalDate> knownOn) {
    super(g);
    this.calculations = calculations;
    this.month = month;
    this.knownOn = knownOn;
  }

  @Override
  public void result(int household, Scheme scheme, Beneficiary beneficiary, Outcome outcome, long fen, Beneficiary payee,
      int persons) {
    switch (outcome) {
      case ELIGIBLE -> {
        if (paid == fens.length) {
          int n = paid * 2;
          schemes = Arrays.copyOf(schemes, n);
          beneficiaries = Arrays.copyOf(beneficiaries, n);
          payees = Arrays.copyOf(payees, n);
          fens = Arrays.copyOf(fens, n);
          this.persons = Arrays.copyOf(this.persons, n);
        }
        schemes[paid] = scheme;
        beneficiaries[paid] = beneficiary;
        payees[paid] = payee;
        fens[paid] = fen;
        this.persons[paid] = persons;
        paid++;
      }
      case INELIGIBLE -> ineligible++;
      case UNDETERMINED -> undetermined++;
    }
  }

  @Override
  public void householdDone(int household, String householdId, Stamp stamp) {
    BatchInput.Row row = answer();
    try {
      g.writeStartObject();
      g.writeFieldName(LINE);
      g.writeNumber(row.line());
      g.writeFieldName(HOUSEHOLD);
      g.writeString(householdId);
      g.writeFieldName(PAY);
      g.writeStartArray();
      for (int i = 0; i < paid; i++) {
        g.writeStartObject();
        g.writeFieldName(SCHEME);
        g.writeString(name(schemes[i]));
        beneficiary(BENEFICIARY, beneficiaries[i]);
        beneficiary(PAYEE, payees[i]);
        g.writeFieldName(FEN);
        g.writeNumber(fens[i]);
        g.writeFieldName(PERSONS);
        g.writeNumber(this.persons[i]);
        g.writeEndObject();
        payments++;
        totalFen += fens[i];
        schemes[i] = null;
        beneficiaries[i] = null;
        payees[i] = null;
      }
      g.writeEndArray();
      g.writeFieldName(INELIGIBLE);
      g.writeNumber(ineligible);
      g.writeFieldName(UNDETERMINED);
      g.writeNumber(undetermined);
      if (undetermined > 0) {
        missingFacts(row);
      }
      g.writeEndObject();
      endLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    paid = 0;
    ineligible = 0;
    undetermined = 0;
  }

  /** The UNDETERMINED results' missing facts, from the object path (the payout form carries no reasons). */
  private void missingFacts(BatchInput.Row row) throws IOException {
    HouseholdResult full = calculations.calculate(row.household(), month, knownOn);
    g.writeArrayFieldStart("missingFacts");
    for (SchemeResult s : full.results()) {
      if (s.outcome() != Outcome.UNDETERMINED) {
        continue;
      }
      g.writeStartObject();
      g.writeFieldName(SCHEME);
      g.writeString(name(s.scheme()));
      beneficiary(BENEFICIARY, s.beneficiary());
      g.writeArrayFieldStart("codes");
      for (Reason r : s.missingFacts()) {
        g.writeString(r.code());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void beneficiary(SerializableString field, Beneficiary b) throws IOException {
    g.writeFieldName(field);
    g.writeStartObject();
    g.writeFieldName(KIND);
    g.writeString(KINDS[b.kind().ordinal()]);
    g.writeFieldName(ID);
    g.writeString(b.id());
    g.writeEndObject();
  }

  private SerializableString name(Scheme s) {
    int i = s.ordinal();
    if (i >= schemeNames.length) {
      schemeNames = Arrays.copyOf(schemeNames, Math.max(i + 1, schemeNames.length * 2));
    }
    SerializableString n = schemeNames[i];
    if (n == null) {
      n = new SerializedString(s.name());
      schemeNames[i] = n;
    }
    return n;
  }

  @Override
  public void error(BatchError e) {
    paid = 0;
    ineligible = 0;
    undetermined = 0;
    refused(e);
  }

  @Override
  void summaryFields() throws IOException {
    g.writeNumberField("payments", payments);
    g.writeNumberField("fen", totalFen);
  }
}
