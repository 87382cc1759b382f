package org.minzheng.examples.notice;

import java.util.List;
import java.util.Set;
import org.minzheng.standard.RegionCode;
import org.minzheng.standard.spi.StandardsDocument;
import org.minzheng.standard.spi.StandardsProvider;

/**
 * An <b>ILLUSTRATIVE</b> standards module (not real data): a Pingdingshan notice, published 2020-08-20,
 * raising the urban dibao standard to 600.00 from 2020-07-01 and superseding {@code standards-2020} for
 * that claim (rules.md §11). It shows how a retroactive notice takes over one value: as known before
 * 2020-08-20 the July standard is 570.00, as known from then on 600.00, and a reconciliation of the paid
 * months turns the difference into back pay.
 *
 * <p>Deliberately <em>not</em> registered with {@link java.util.ServiceLoader}: installing it would change
 * every calculation from July 2020. Add it by hand
 * ({@code StandardsRegistry.builder().addAll(installed).add(new IllustrativeUrbanNotice())}) or on the
 * command line ({@code --standards examples/samples/notice-2020-07}).
 *
 * @since 0.2
 */
public final class IllustrativeUrbanNotice implements StandardsProvider {
  /** The module id. */
  public static final String ID = "illustrative-notice-pds-2020-07";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Set<RegionCode> regions() {
    return Set.of(RegionCode.of("410400"));
  }

  @Override
  public List<StandardsDocument> documents() {
    return List.of(StandardsDocument.ofResource(IllustrativeUrbanNotice.class,
        "/org/minzheng/examples/notice/" + ID + ".json"));
  }
}
