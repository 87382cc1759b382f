package org.minzheng.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.minzheng.ResolvedParameter;
import org.minzheng.StandardsRegistry;
import org.minzheng.json.MinzhengJson;
import org.minzheng.standard.Claim;
import org.minzheng.standard.ParameterKey;
import org.minzheng.standard.ParameterValue;
import org.minzheng.standard.Parameters;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.RegionInfo;
import org.minzheng.standard.StandardSet;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/standards} (modules, regions, claims, parameter ids; with {@code region} and
 * {@code date}, every parameter's value in force there) and {@code GET /api/v1/standards/{parameter}}
 * (one parameter's value with its period, document, status and providing module).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
final class StandardsController {
  private final StandardsRegistry registry;

  StandardsController(Calculations calculations) {
    this.registry = calculations.registry();
  }

  @GetMapping("/standards")
  ResponseEntity<byte[]> standards(@RequestParam(name = "region", required = false) String region,
      @RequestParam(name = "date", required = false) String date,
      @RequestParam(name = "knownOn", required = false) String knownOn) throws IOException {
    ObjectNode o = MinzhengJson.mapper().createObjectNode();
    ArrayNode modules = o.putArray("modules");
    ArrayNode claims = o.putArray("claims");
    for (StandardSet s : registry.standardSets()) {
      ObjectNode m = modules.addObject().put("id", s.moduleId()).put("version", s.version()).put("title", s.title())
          .put("published", s.published().map(LocalDate::toString).orElse(null))
          .put("regions", s.regions().size()).put("claims", s.claims().size());
      ArrayNode supersedes = m.putArray("supersedes"); // rules.md §11: its values win over these modules' where both claim
      s.supersedes().forEach(supersedes::add);
      for (Claim c : s.claims()) {
        claims.addObject().put("module", s.moduleId()).put("region", c.region().code()).put("scheme", c.scheme().name())
            .put("effectiveFrom", c.effectiveFrom().toString())
            .put("effectiveUntil", c.effectiveUntil().map(LocalDate::toString).orElse(null));
      }
    }
    ArrayNode regions = o.putArray("regions");
    for (RegionInfo r : registry.regions()) {
      regions.addObject().put("code", r.code().code()).put("chinese", r.chinese()).put("english", r.english());
    }
    ArrayNode parameters = o.putArray("parameters");
    Parameters.all().forEach(k -> parameters.add(k.id()));
    if (region != null || date != null) {
      RegionCode code = region(region);
      LocalDate day = date(date);
      Optional<LocalDate> known = knownOn(knownOn);
      known.ifPresent(k -> o.put("knownOn", k.toString()));
      ArrayNode values = o.putArray("values");
      for (ParameterKey<?> key : Parameters.all()) {
        find(key, code, day, known).ifPresent(p -> values.add(value(key, p)));
      }
    }
    return json(o);
  }

  @GetMapping("/standards/{parameter}")
  ResponseEntity<byte[]> parameter(@PathVariable("parameter") String parameter,
      @RequestParam(name = "region") String region, @RequestParam(name = "date") String date,
      @RequestParam(name = "knownOn", required = false) String knownOn) throws IOException {
    ParameterKey<?> key = Parameters.find(parameter).orElseThrow(() -> ApiProblem.of(404, "Unknown parameter",
        "parameter", parameter, "no parameter has this id; GET /api/v1/standards lists them"));
    RegionCode code = region(region);
    LocalDate day = date(date);
    Optional<LocalDate> known = knownOn(knownOn);
    Optional<? extends ResolvedParameter<?>> found = find(key, code, day, known);
    if (found.isEmpty()) {
      throw ApiProblem.of(404, "No value", "parameter", parameter, "no value of " + parameter + " is in force for region "
          + region + " on " + day + known.map(k -> " as known on " + k).orElse(""));
    }
    return json(value(key, found.get()));
  }

  private RegionCode region(String region) {
    if (region == null) {
      throw ApiProblem.badRequest("region", "", "a region code is required with date");
    }
    RegionCode code;
    try {
      code = RegionCode.of(region);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("region", region, e.getMessage());
    }
    if (registry.findRegion(code).isEmpty()) {
      throw ApiProblem.of(404, "Unknown region", "region", region, "no loaded standards module declares this region");
    }
    return code;
  }

  /** As known on {@code knownOn} (only values published by then, superseding modules first), or as known now. */
  private Optional<? extends ResolvedParameter<?>> find(ParameterKey<?> key, RegionCode region, LocalDate day,
      Optional<LocalDate> knownOn) {
    return knownOn.isPresent() ? registry.findParameter(key, region, day, knownOn.get())
        : registry.findParameter(key, region, day);
  }

  private static Optional<LocalDate> knownOn(String knownOn) {
    if (knownOn == null || knownOn.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(knownOn));
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("knownOn", knownOn, "not a date of the form yyyy-MM-dd");
    }
  }

  private static LocalDate date(String date) {
    if (date == null) {
      throw ApiProblem.badRequest("date", "", "a date yyyy-MM-dd is required with region");
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("date", date, "not a date of the form yyyy-MM-dd");
    }
  }

  private static ObjectNode value(ParameterKey<?> key, ResolvedParameter<?> p) {
    ParameterValue<?> v = p.source();
    ObjectNode o = MinzhengJson.mapper().createObjectNode();
    o.put("parameter", key.id()).put("chinese", key.chinese()).put("english", key.english())
        .put("value", v.formattedValue()).put("unit", key.unit().chinese()).put("unitEnglish", key.unit().english())
        .put("effectiveFrom", v.effectiveFrom().toString())
        .put("effectiveUntil", v.effectiveUntil().map(LocalDate::toString).orElse(null))
        .put("published", v.published().toString())
        .put("status", v.status().name()).put("datingStatus", v.datingStatus().name())
        .put("module", p.providerId()).put("moduleVersion", p.providerVersion())
        .put("region", p.requestedRegion().code()).put("suppliedBy", p.suppliedBy().code());
    o.set("document", MinzhengJson.mapper().valueToTree(v.basis()));
    v.note().ifPresent(n -> o.put("note", n));
    p.warning().ifPresent(w -> o.put("warning", w));
    return o;
  }

  static ResponseEntity<byte[]> json(Object o) throws IOException {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MinzhengJson.mapper().writeValueAsBytes(o));
  }
}
