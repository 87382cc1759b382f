package org.minzheng.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.minzheng.household.DailyActivity;
import org.minzheng.household.Disability;
import org.minzheng.household.Household;
import org.minzheng.household.HouseholdId;
import org.minzheng.household.IncomeCategory;
import org.minzheng.household.IncomeItem;
import org.minzheng.household.InstitutionId;
import org.minzheng.household.Person;
import org.minzheng.household.ResidentId;
import org.minzheng.household.SelfCareAssessment;
import org.minzheng.standard.DisabilityCategory;
import org.minzheng.standard.Money;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.ResidenceType;

/**
 * A fast path for reading one household from JSON, for batch readers (the server's batch endpoint reads
 * a household per line): it reads the tokens straight into the builders, without Jackson's data binding,
 * and accepts only the plain form {@link MinzhengJson#mapper()} writes — known fields, each at most once,
 * strings for identifiers, dates, enums (their exact names) and money, JSON booleans and integers where
 * those are meant, null for a fact not given. Anything else (an unknown or repeated field, a null where a
 * value is required, a number for money, a value a
 * value type refuses, invalid JSON) answers empty, and the caller reads the text with its mapper, which
 * accepts or refuses it with the message naming the field and value. So it never accepts what the
 * mapper would refuse, and what it reads equals what the mapper reads (a property test checks both).
 *
 * @since 0.2
 */
public final class HouseholdJson {
  private HouseholdJson() {}

  /**
   * @param json the UTF-8 bytes, not null
   * @param offset where the household's JSON starts
   * @param length how many bytes it has
   * @return the household, or empty when the text is not in the plain form (read it with a mapper then)
   */
  public static Optional<Household> tryRead(byte[] json, int offset, int length) {
    return tryRead(MinzhengJson.mapper().getFactory(), json, offset, length);
  }

  /**
   * As {@link #tryRead(byte[], int, int)}, with the parser (and so the read limits) of the caller's mapper.
   *
   * @param factory the factory of the mapper the caller falls back to, not null
   * @param json the UTF-8 bytes, not null
   * @param offset where the household's JSON starts
   * @param length how many bytes it has
   * @return the household, or empty when the text is not in the plain form (read it with the mapper then)
   */
  public static Optional<Household> tryRead(com.fasterxml.jackson.core.JsonFactory factory, byte[] json, int offset,
      int length) {
    try (JsonParser p = factory.createParser(json, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Household h = household(p);
      if (h == null || p.nextToken() != null) {
        return Optional.empty();
      }
      return Optional.of(h);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // the mapper says what is wrong
    }
  }

  private static Household household(JsonParser p) throws IOException {
    Household.Builder b = new Household.Builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      int bit;
      switch (name) {
        case "id" -> {
          bit = 1;
          b.id(HouseholdId.of(text(p, v)));
        }
        case "region" -> {
          bit = 2;
          b.region(RegionCode.of(text(p, v)));
        }
        case "residenceType" -> {
          bit = 4;
          b.residenceType(ResidenceType.valueOf(text(p, v)));
        }
        case "members" -> {
          bit = 8;
          if (v != JsonToken.START_ARRAY) {
            return null;
          }
          List<Person> members = new ArrayList<>(4);
          for (JsonToken m = p.nextToken(); m != JsonToken.END_ARRAY; m = p.nextToken()) {
            Person person = m == JsonToken.START_OBJECT ? person(p) : null;
            if (person == null) {
              return null;
            }
            members.add(person);
          }
          b.members(members);
        }
        case "classification" -> {
          bit = 16;
          b.classification(optionalText(p, v)); // null: not given, as the mapper reads an empty Optional
        }
        case "assetsWithinLimits" -> {
          bit = 32;
          b.assetsWithinLimits(optionalBool(v));
        }
        default -> {
          return null;
        }
      }
      if ((seen & bit) != 0) {
        return null; // a field given twice: the mapper decides
      }
      seen |= bit;
    }
    return p.currentToken() == JsonToken.END_OBJECT ? b.build() : null;
  }

  private static Person person(JsonParser p) throws IOException {
    Person.Builder b = new Person.Builder();
    int seen = 0;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      int bit;
      switch (name) {
        case "id" -> {
          bit = 1;
          b.id(ResidentId.parse(text(p, v)));
        }
        case "birthDate" -> {
          bit = 2;
          b.declaredBirthDate(optionalText(p, v).map(LocalDate::parse));
        }
        case "hukouRegion" -> {
          bit = 4;
          b.hukouRegion(optionalText(p, v).map(RegionCode::of));
        }
        case "disability" -> {
          bit = 8;
          if (v != JsonToken.VALUE_NULL) {
            Disability d = v == JsonToken.START_OBJECT ? disability(p) : null;
            if (d == null) {
              return null;
            }
            b.disability(d);
          }
        }
        case "selfCare" -> {
          bit = 16;
          if (v != JsonToken.VALUE_NULL) {
            SelfCareAssessment s = v == JsonToken.START_OBJECT ? selfCare(p) : null;
            if (s == null) {
              return null;
            }
            b.selfCare(s);
          }
        }
        case "hasCapableSupporter" -> {
          bit = 32;
          b.hasCapableSupporter(optionalBool(v));
        }
        case "incomes" -> {
          bit = 64;
          if (v != JsonToken.START_ARRAY) {
            return null;
          }
          for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
            IncomeItem item = i == JsonToken.START_OBJECT ? income(p) : null;
            if (item == null) {
              return null;
            }
            b.addIncomes(item);
          }
        }
        case "receivesWorkInjuryNursingAllowance" -> {
          bit = 128;
          b.receivesWorkInjuryNursingAllowance(bool(v));
        }
        case "underOrphanProtection" -> {
          bit = 256;
          b.underOrphanProtection(bool(v));
        }
        case "dateOfDeath" -> {
          bit = 512;
          b.dateOfDeath(optionalText(p, v).map(LocalDate::parse));
        }
        case "institution" -> {
          bit = 1024;
          b.institution(optionalText(p, v).map(InstitutionId::of));
        }
        default -> {
          return null;
        }
      }
      if ((seen & bit) != 0) {
        return null;
      }
      seen |= bit;
    }
    return p.currentToken() == JsonToken.END_OBJECT ? b.build() : null;
  }

  private static Disability disability(JsonParser p) throws IOException {
    DisabilityCategory category = null;
    Integer grade = null;
    Boolean longTermCare = null;
    boolean longTermCareSeen = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "category" -> {
          if (category != null) {
            return null;
          }
          category = DisabilityCategory.valueOf(text(p, v));
        }
        case "grade" -> {
          if (grade != null || v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            return null;
          }
          grade = p.getIntValue();
        }
        case "longTermCare" -> {
          if (longTermCareSeen) {
            return null;
          }
          longTermCareSeen = true;
          longTermCare = v == JsonToken.VALUE_NULL ? null : bool(v); // null: not given, as the mapper reads it
        }
        default -> {
          return null;
        }
      }
    }
    if (category == null || grade == null || p.currentToken() != JsonToken.END_OBJECT) {
      return null;
    }
    return new Disability(category, grade, Optional.ofNullable(longTermCare));
  }

  private static SelfCareAssessment selfCare(JsonParser p) throws IOException {
    EnumSet<DailyActivity> unable = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      JsonToken v = p.nextToken();
      if (!p.currentName().equals("unable") || unable != null || v != JsonToken.START_ARRAY) {
        return null;
      }
      unable = EnumSet.noneOf(DailyActivity.class);
      for (JsonToken a = p.nextToken(); a != JsonToken.END_ARRAY; a = p.nextToken()) {
        unable.add(DailyActivity.valueOf(text(p, a)));
      }
    }
    if (unable == null || p.currentToken() != JsonToken.END_OBJECT) {
      return null;
    }
    return new SelfCareAssessment(unable);
  }

  private static IncomeItem income(JsonParser p) throws IOException {
    IncomeCategory category = null;
    Money amount = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (name.equals("category") && category == null) {
        category = IncomeCategory.valueOf(text(p, v));
      } else if (name.equals("amount") && amount == null) {
        amount = Money.parse(text(p, v));
      } else {
        return null;
      }
    }
    if (category == null || amount == null || p.currentToken() != JsonToken.END_OBJECT) {
      return null;
    }
    return new IncomeItem(category, amount);
  }

  /** A JSON string's text; anything else is not the plain form. */
  private static String text(JsonParser p, JsonToken v) throws IOException {
    if (v != JsonToken.VALUE_STRING) {
      throw new NotPlain();
    }
    return p.getText();
  }

  /** A JSON string's text, or empty for null (a fact not given). */
  private static Optional<String> optionalText(JsonParser p, JsonToken v) throws IOException {
    return v == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(text(p, v));
  }

  /** A JSON boolean, or empty for null (a fact not given). */
  private static Optional<Boolean> optionalBool(JsonToken v) {
    return v == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(bool(v));
  }

  private static boolean bool(JsonToken v) {
    if (v == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (v == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw new NotPlain();
  }

  /** Thrown inside the fast path for a value not in the plain form; caught by {@link #tryRead}. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }
}
