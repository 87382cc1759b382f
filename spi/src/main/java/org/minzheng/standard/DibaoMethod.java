package org.minzheng.standard;

/**
 * How the dibao amount is computed (最低生活保障审核确认办法, 民发〔2021〕57号, Art. 23).
 *
 * @since 0.1
 */
public enum DibaoMethod {
  /** 补差: standard × members − counted income, with an optional per-class floor. */
  GAP,
  /** 分档: a per-person amount fixed for the household's class (tier). */
  TIERED
}
