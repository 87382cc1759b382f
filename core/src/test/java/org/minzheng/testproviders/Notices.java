package org.minzheng.testproviders;

/** Small standards notices for tests of publication dates and supersession (rules.md §11). */
public final class Notices {
  private Notices() {}

  /**
   * A notice module claiming 410400 DIBAO from {@code from} and setting the urban standard.
   *
   * @param id the module id
   * @param published its publication date, ISO
   * @param supersedes the quoted ids it supersedes, comma-separated, or empty
   * @param from the first day it claims and its value is in force, ISO
   * @param urban the urban standard, decimal yuan
   * @return the provider
   */
  public static JsonTestProvider notice(String id, String published, String supersedes, String from, String urban) {
    String json = """
        {"format": "minzheng-standards/1", "module": "%s", "version": "1", "title": "notice",
         "published": "%s", %s
         "sources": {"N": {"documentNumber": "测", "title": "测试通知"}},
         "regions": [{"code": "410400", "name": "平顶山市", "nameEnglish": "Pingdingshan City"}],
         "claims": [{"region": "410400", "schemes": ["DIBAO"], "effectiveFrom": "%s"}],
         "parameters": [{"region": "410400", "id": "dibao.standard.urban", "unit": "YUAN_PER_PERSON_MONTH",
           "values": [{"value": "%s", "effectiveFrom": "%s", "status": "ASSUMPTION", "source": "N"}]}]}
        """.formatted(id, published, supersedes.isEmpty() ? "" : "\"supersedes\": [" + supersedes + "],", from, urban, from);
    return JsonTestProvider.ofJson(id, "/" + id + ".json", json, "410400");
  }
}
