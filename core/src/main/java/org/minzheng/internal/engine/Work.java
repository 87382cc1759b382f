package org.minzheng.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.minzheng.household.InvalidInputException;
import org.minzheng.household.Household;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.Person;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;

/**
 * The scratch state of one household and month: the facts derived once per member (step 1 of the
 * calculation order: who counts, ages, beneficiaries). One instance serves a whole
 * batch on one thread; the arrays grow to the largest household and are reused.
 */
final class Work {
  Params p;
  Household h;
  boolean explain;
  /**
   * The payout form ({@link Engine.PayoutSink}): explanations off, and an INELIGIBLE result of a
   * built-in scheme is a shared {@link Marks mark} instead of a new object.
   */
  boolean payout;
  int size;

  Person[] person = new Person[4];
  String[] rid = new String[4];
  List<IncomeItem>[] incomes = newListArray(4);
  int[] birth = new int[4];
  int[] age = new int[4];
  boolean[] counted = new boolean[4];
  Beneficiary[] beneficiary = new Beneficiary[4];
  Optional<Beneficiary>[] payee = newOptionalArray(4);
  List<Reason>[] notCounted = newReasonsArray(4);

  Beneficiary householdBeneficiary;
  ModuleRules rules; // the rules of the monthly schemes on the scheme SPI, built-in and added

  /** Scratch arrays for a household's results, by length; each filled completely before List.of copies it. */
  private SchemeResult[][] outByLength = new SchemeResult[32][];

  /** A reusable array of exactly {@code length} results. */
  SchemeResult[] out(int length) {
    if (length >= outByLength.length) {
      outByLength = Arrays.copyOf(outByLength, Math.max(length + 1, outByLength.length * 2));
    }
    SchemeResult[] a = outByLength[length];
    if (a == null) {
      a = new SchemeResult[length];
      outByLength[length] = a;
    }
    return a;
  }

  @SuppressWarnings("unchecked")
  private static List<IncomeItem>[] newListArray(int n) {
    return new List[n];
  }

  @SuppressWarnings("unchecked")
  private static List<Reason>[] newReasonsArray(int n) {
    return new List[n];
  }

  @SuppressWarnings("unchecked")
  private static Optional<Beneficiary>[] newOptionalArray(int n) {
    return new Optional[n];
  }

  /**
   * Loads the references to the household's members, their IDs and income lists, and nothing that
   * needs the parameters. Records of a batch are usually not in cache: the engine calls this before it
   * looks the household's region up, and loading every member's references in one tight loop lets those
   * independent cache misses overlap each other and the region lookup instead of waiting for each
   * member's chain of objects in turn.
   */
  void load(Household household) {
    this.h = household;
    List<Person> members = household.members();
    int n = members.size();
    ensure(n);
    size = n;
    for (int i = 0; i < n; i++) {
      Person m = members.get(i);
      person[i] = m;
      rid[i] = m.id().value();
      incomes[i] = m.incomes();
    }
  }

  /** Step 1, after {@link #load}: counted members and the facts derived from each. */
  void reset(Params params, boolean explainOn, boolean payoutForm, int today) {
    Household household = h;
    this.p = params;
    this.explain = explainOn && !payoutForm;
    this.payout = payoutForm;
    int n = size;
    householdBeneficiary = null;
    List<String> problems = null;
    for (int i = 0; i < n; i++) { // a tight loop: the ID strings' bytes are read for every member at once
      birth[i] = Dates.birthOf(rid[i]);
    }
    for (int i = 0; i < n; i++) {
      Person m = person[i];
      String id = rid[i];
      int b = birth[i];
      if (b > today) {
        if (problems == null) {
          problems = new ArrayList<>(2);
        }
        problems.add("household " + household.id() + ": members[" + i + "].birthDate " + Dates.toDate(b)
            + " (from resident ID " + m.id().masked() + ") is after today " + Dates.toDate(today));
      }
      LocalDate death = m.dateOfDeath().orElse(null);
      boolean c = b <= params.monthEnd && (death == null || Dates.of(death) >= params.monthStart);
      counted[i] = c;
      notCounted[i] = null;
      if (!c) {
        beneficiary[i] = Beneficiary.person(id); // gets an INELIGIBLE result in each per-person scheme
        payee[i] = null;
        continue;
      }
      age[i] = Dates.age(b, params.ageDay, params.leapDay);
      beneficiary[i] = Beneficiary.person(id);
      payee[i] = null;
    }
    if (problems != null) {
      throw new InvalidInputException(problems);
    }
  }

  /** Why member {@code i}, not counted this month, gets no per-person benefit; built when first asked. */
  List<Reason> notCountedReasons(int i) {
    List<Reason> r = notCounted[i];
    if (r == null) {
      r = Reasons.notCounted(Dates.toDate(birth[i]), person[i].dateOfDeath().orElse(null), p.month);
      notCounted[i] = r;
    }
    return r;
  }

  /** The person as payee, wrapped once and only when some scheme pays them. */
  Optional<Beneficiary> payee(int i) {
    Optional<Beneficiary> o = payee[i];
    if (o == null) {
      o = Optional.of(beneficiary[i]);
      payee[i] = o;
    }
    return o;
  }

  Beneficiary household() {
    if (householdBeneficiary == null) {
      householdBeneficiary = Beneficiary.household(h.id().value());
    }
    return householdBeneficiary;
  }

  private void ensure(int n) {
    if (person.length >= n) {
      return;
    }
    int c = Math.max(n, person.length * 2);
    person = new Person[c];
    rid = new String[c];
    incomes = newListArray(c);
    birth = new int[c];
    age = new int[c];
    counted = new boolean[c];
    beneficiary = new Beneficiary[c];
    payee = newOptionalArray(c);
    notCounted = newReasonsArray(c);
  }
}
