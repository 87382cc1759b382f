package org.minzheng.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** none (faster) */
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

  static ObjectNode of(HouseholdResult r, Locale locale, Explain explain) {
    boolean zh = zh(locale);
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("householdId", r.householdId());
    o.put("month", r.month().toString());
    o.put("language", zh ? "zh" : "en");
    o.put("total", r.total().toString());
    ArrayNode results = o.putArray("results");
    for (SchemeResult s : r.results()) {
      ObjectNode n = results.addObject();
      n.put("scheme", s.scheme().name());
      n.put("schemeName", zh ? s.scheme().chinese() : s.scheme().english());
      n.set("beneficiary", beneficiary(s.beneficiary()));
      n.put("outcome", s.outcome().name());
      s.amount().ifPresent(a -> n.put("amount", a.toString()));
      s.payee().ifPresent(p -> n.set("payee", beneficiary(p)));
      n.set("reasons", reasons(s.reasons(), zh));
      n.set("missingFacts", reasons(s.missingFacts(), zh));
      switch (explain) {
        case TEXT -> n.put("explanation", s.explanation().render(locale));
        case STEPS -> n.set("steps", MinzhengJson.mapper().valueToTree(s.explanation().steps()));
        case NONE -> { }
      }
    }
    return o;
  }

  private static JsonNode beneficiary(Beneficiary b) {
    return JsonNodeFactory.instance.objectNode().put("kind", b.kind().name()).put("id", b.id());
  }

  private static ArrayNode reasons(List<Reason> reasons, boolean zh) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (Reason r : reasons) {
      a.addObject().put("code", r.code()).put("text", zh ? r.text().zh() : r.text().en());
    }
    return a;
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
