package org.minzheng.standard;

/**
 * Urban or rural residence of a household (城市 / 农村); it picks the urban or rural standard.
 *
 * @since 0.1
 */
public enum ResidenceType {
  /** 城市. */
  URBAN("城市"),
  /** 农村. */
  RURAL("农村");

  private final String chinese;

  ResidenceType(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese term */
  public String chinese() {
    return chinese;
  }
}
