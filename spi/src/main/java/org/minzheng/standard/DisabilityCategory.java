package org.minzheng.standard;

/**
 * Category of disability (残疾类别), GB/T 26341-2010.
 *
 * @since 0.1
 */
public enum DisabilityCategory {
  /** 视力残疾. */
  VISUAL("视力残疾"),
  /** 听力残疾. */
  HEARING("听力残疾"),
  /** 言语残疾. */
  SPEECH("言语残疾"),
  /** 肢体残疾. */
  PHYSICAL("肢体残疾"),
  /** 智力残疾. */
  INTELLECTUAL("智力残疾"),
  /** 精神残疾. */
  MENTAL("精神残疾"),
  /** 多重残疾. */
  MULTIPLE("多重残疾");

  private final String chinese;

  DisabilityCategory(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese term */
  public String chinese() {
    return chinese;
  }
}
