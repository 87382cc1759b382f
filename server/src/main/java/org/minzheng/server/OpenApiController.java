package org.minzheng.server;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3 document of the API, the file
 * {@code server/src/main/resources/openapi.json} of the repository (OpenApiDriftTest keeps it and the
 * controllers in step).
 */
@RestController
final class OpenApiController {
  private final byte[] document;

  OpenApiController() throws IOException {
    try (InputStream in = OpenApiController.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the class path");
      }
      this.document = in.readAllBytes();
    }
  }

  @GetMapping(path = "/api/v1/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> openapi() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
  }
}
