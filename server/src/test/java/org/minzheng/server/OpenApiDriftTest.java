package org.minzheng.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minzheng.json.MinzhengJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document served (and checked in as server/src/main/resources/openapi.json) and the
 * controllers describe the same operations: every mapping under /api/v1 is in the document, and
 * every operation of the document is a mapping.
 */
class OpenApiDriftTest extends ServerTestBase {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void documentAndControllersAgree() throws Exception {
    JsonNode doc = MinzhengJson.mapper().readTree(ServerTestSupport.get(port, "/api/v1/openapi.json").body());
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    Set<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext();) {
      Map.Entry<String, JsonNode> path = p.next();
      path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
    }
    Set<String> mapped = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (pattern.startsWith("/api/v1")) {
          for (RequestMethod m : info.getMethodsCondition().getMethods()) {
            mapped.add(m.name() + " " + pattern);
          }
        }
      }
    }
    assertThat(mapped).as("mapped operations").isNotEmpty().isEqualTo(documented);
  }

  /** Every query parameter a controller reads is documented on its operation, and every documented one is read. */
  @Test
  void documentAndControllersAgreeOnQueryParameters() throws Exception {
    JsonNode doc = MinzhengJson.mapper().readTree(ServerTestSupport.get(port, "/api/v1/openapi.json").body());
    Set<String> documented = new TreeSet<>();
    Set<String> read = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/v1")) {
          continue;
        }
        for (RequestMethod m : e.getKey().getMethodsCondition().getMethods()) {
          String op = m.name() + " " + pattern;
          for (JsonNode p : doc.path("paths").path(pattern).path(m.name().toLowerCase(Locale.ROOT)).path("parameters")) {
            if (p.path("in").asText().equals("query")) {
              documented.add(op + " ?" + p.path("name").asText());
            }
          }
          for (MethodParameter p : e.getValue().getMethodParameters()) {
            RequestParam q = p.getParameterAnnotation(RequestParam.class);
            if (q != null) {
              read.add(op + " ?" + (q.name().isEmpty() ? q.value() : q.name()));
            }
          }
        }
      }
    }
    assertThat(read).as("query parameters read").contains("POST /api/v1/calculate/batch ?form").isEqualTo(documented);
  }
}
