package org.minzheng.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import org.minzheng.internal.json.StandardsReader;
import org.minzheng.internal.json.StandardsWriter;
import org.minzheng.standard.StandardSet;
import org.minzheng.standard.StandardsConfigurationException;
import org.minzheng.standard.spi.StandardsDocument;

/**
 * Reads and writes standards documents, the JSON data format of a standards module
 * ({@code "format": "minzheng-standards/1"}, documented in {@code docs/standards-format.md}).
 *
 * <p>Reading validates the whole document and reports every problem at once, each naming the
 * provider id, the document name and the JSON path of the bad field, for example
 * {@code standards-2020 /standards-2020/pingdingshan.json: $.parameters[3].values[1].value: money '5x0'
 * is not a decimal number of yuan with at most two decimal places}. Malformed JSON is reported with
 * its line and column. Unknown fields are errors; money is a decimal-yuan string, never a JSON
 * number; {@code effectiveUntil} is exclusive and optional (absent or {@code null} means
 * open-ended); a monthly money standard may be given per year ({@code "perYear"}), from which the
 * monthly value is derived once (÷ 12, {@code HALF_UP} to the fen) and the derivation recorded in the
 * value's note.
 *
 * @since 0.1
 */
public final class StandardsJson {
  private StandardsJson() {}

  /**
   * Reads and validates one standards document of a provider.
   *
   * @param providerId the provider's id; the document's {@code module} must equal it, not null
   * @param document the document, not null
   * @return the validated set
   * @throws StandardsConfigurationException listing every problem with its JSON path (or the line and
   *     column of a JSON syntax error), or if the document cannot be opened
   */
  public static StandardSet read(String providerId, StandardsDocument document) {
    requireNonNull(providerId, "providerId");
    requireNonNull(document, "document");
    try (InputStream in = document.bytes().openStream()) {
      return StandardsReader.read(providerId, document.name(), in);
    } catch (IOException e) {
      throw new StandardsConfigurationException(providerId + " " + document.name() + ": cannot be read: " + e, e);
    }
  }

  /**
   * Reads and validates a standards document given as bytes.
   *
   * @param providerId the provider's id; the document's {@code module} must equal it, not null
   * @param name the document's name for messages, e.g. {@code /standards-ruzhou/ruzhou.json}, not null
   * @param json the UTF-8 JSON, not null
   * @return the validated set
   * @throws StandardsConfigurationException listing every problem with its JSON path
   */
  public static StandardSet read(String providerId, String name, byte[] json) {
    requireNonNull(providerId, "providerId");
    requireNonNull(name, "name");
    requireNonNull(json, "json");
    return StandardsReader.read(providerId, name, json);
  }

  /**
   * Writes a standard set in the standards format. Reading the result with the set's module id gives
   * a set with equal claims, regions and parameter values. A monthly value derived from a per-year
   * figure is written as its monthly {@code value}; its note keeps the derivation.
   *
   * @param set the set, not null
   * @return the JSON document, pretty-printed, ending in a newline
   * @throws IllegalArgumentException if two values cite the same source id with different documents
   */
  public static String write(StandardSet set) {
    return StandardsWriter.write(requireNonNull(set, "set"));
  }
}
