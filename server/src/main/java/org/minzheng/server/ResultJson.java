package org.minzheng.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.minzheng.json.MinzhengJson;
import org.minzheng.scheme.Beneficiary;
import org.minzheng.scheme.HouseholdResult;
import org.minzheng.scheme.Reason;
import org.minzheng.scheme.SchemeResult;

/** A household's results as the API answers them, with the explanation as text in one language or as steps. */
final class ResultJson {
  /** How a result's explanation is given. */
  enum Explain {
    /** rendered text in the request's language */
    TEXT,
    /** the structured steps (parameters, documents, statuses) */
    STEPS,
    /** none, and no localized texts either: scheme, outcome, amount, payee and reason codes only (fastest) */
    NONE;

    static Explain parse(String s, Explain fallback) {
      if (s == null || s.isBlank()) {
        return fallback;
      }
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "text" -> TEXT;
        case "steps" -> STEPS;
        case "none" -> NONE;
        default -> throw ApiProblem.badRequest("explanation", s, "must be one of text, steps, none");
      };
    }
  }

  private ResultJson() {}

  /** Writes a household's results as one JSON object. */
  static void write(JsonGenerator g, HouseholdResult r, Locale locale, Explain explain) throws IOException {
    boolean zh = zh(locale);
    g.writeStartObject();
    g.writeStringField("householdId", r.householdId());
    g.writeStringField("month", r.month().toString());
    if (r.stamp().knownOn().isPresent()) { // calculated as known on a day other than today (rules.md §11)
      g.writeStringField("knowledgeDate", r.stamp().knownOn().get().toString());
    }
    g.writeStringField("language", zh ? "zh" : "en");
    g.writeStringField("total", r.total().toString());
    g.writeArrayFieldStart("results");
    for (SchemeResult s : r.results()) {
      g.writeStartObject();
      g.writeStringField("scheme", s.scheme().name());
      boolean texts = explain != Explain.NONE;
      if (texts) {
        g.writeStringField("schemeName", zh ? s.scheme().chinese() : s.scheme().english());
      }
      beneficiary(g, "beneficiary", s.beneficiary());
      g.writeStringField("outcome", s.outcome().name());
      if (s.amount().isPresent()) {
        g.writeStringField("amount", s.amount().get().toString());
      }
      if (s.payee().isPresent()) {
        beneficiary(g, "payee", s.payee().get());
      }
      reasons(g, "reasons", s.reasons(), zh, texts);
      reasons(g, "missingFacts", s.missingFacts(), zh, texts);
      switch (explain) {
        case TEXT -> g.writeStringField("explanation", s.explanation().render(locale));
        case STEPS -> {
          g.writeFieldName("steps");
          MinzhengJson.mapper().writeValue(g, s.explanation().steps());
        }
        case NONE -> { }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void beneficiary(JsonGenerator g, String field, Beneficiary b) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("kind", b.kind().name());
    g.writeStringField("id", b.id());
    g.writeEndObject();
  }

  private static void reasons(JsonGenerator g, String field, List<Reason> reasons, boolean zh, boolean texts)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Reason r : reasons) {
      g.writeStartObject();
      g.writeStringField("code", r.code());
      if (texts) {
        g.writeStringField("text", zh ? r.text().zh() : r.text().en());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static boolean zh(Locale locale) {
    return !"en".equals(locale.getLanguage());
  }

  /** zh unless the Accept-Language header prefers English. */
  static Locale locale(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Locale.CHINESE;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String lang = range.getRange().split("-")[0];
        if (lang.equals("en")) {
          return Locale.ENGLISH;
        }
        if (lang.equals("zh")) {
          return Locale.CHINESE;
        }
      }
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("Accept-Language", acceptLanguage, "not a valid language list");
    }
    return Locale.CHINESE;
  }
}
