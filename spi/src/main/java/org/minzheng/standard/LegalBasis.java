package org.minzheng.standard;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The document a parameter value comes from: its number (文号), article, title, address and
 * publication date.
 *
 * @param sourceId the short id of the source in its standards module (e.g. {@code "S0"}), not null
 * @param documentNumber the document number, e.g. {@code "平民〔2020〕5号"}, or {@code "—"} where
 *     the document has none, not null
 * @param article the article or section, if known
 * @param title the title in Chinese, not null
 * @param titleEnglish the title in English, if given
 * @param url where the text was found, if known
 * @param published the publication date, if known
 * @since 0.1
 */
public record LegalBasis(
    String sourceId,
    String documentNumber,
    Optional<String> article,
    String title,
    Optional<String> titleEnglish,
    Optional<String> url,
    Optional<LocalDate> published) {

  /**
   * Checks the components.
   *
   * @param sourceId the short id of the source in its standards module (e.g. {@code "S0"}), not null
   * @param documentNumber the document number, e.g. {@code "平民〔2020〕5号"}, or {@code "—"} where the document has none, not null
   * @param article the article or section, if known
   * @param title the title in Chinese, not null
   * @param titleEnglish the title in English, if given
   * @param url where the text was found, if known
   * @param published the publication date, if known
   */
  public LegalBasis {
    requireNonNull(sourceId, "sourceId");
    requireNonNull(documentNumber, "documentNumber");
    requireNonNull(article, "article");
    requireNonNull(title, "title");
    requireNonNull(titleEnglish, "titleEnglish");
    requireNonNull(url, "url");
    requireNonNull(published, "published");
    checkArgument(!title.isBlank(), "legal basis %s has a blank title", sourceId);
  }

  /**
   * @param article the article, not null
   * @return this basis pointing at {@code article}
   */
  public LegalBasis withArticle(String article) {
    return new LegalBasis(sourceId, documentNumber, Optional.of(article), title, titleEnglish, url, published);
  }

  /** @return e.g. {@code "平民〔2020〕5号 关于提高2020年最低生活保障标准… 第一条"} */
  @Override
  public String toString() {
    return documentNumber + " " + title + article.map(a -> " " + a).orElse("");
  }
}
