package org.minzheng.schemes.temporary;

import static org.minzheng.standard.Parameters.*;

import java.util.Optional;
import java.util.Set;
import org.minzheng.internal.engine.BuiltInScheme;
import org.minzheng.scheme.SchemeModule;
import org.minzheng.standard.Scheme;

/**
 * Temporary assistance (临时救助), per case: the monthly dibao standard at the approval date × persons × months (capped), rounded once. The rule, its legal basis and worked examples: {@code docs/rules/temporary-assistance.md} in the
 * project; the words of its explanation steps: {@code temporaryAssistance_zh.properties} and {@code temporaryAssistance_en.properties}
 * beside this class.
 *
 * @since 0.2
 */
public final class TemporaryAssistanceScheme extends BuiltInScheme {
  /** The module. */
  public static final SchemeModule MODULE = new TemporaryAssistanceScheme();

  private TemporaryAssistanceScheme() {
    super(Scheme.TEMPORARY_ASSISTANCE, Unit.CASE, "temporaryAssistance", Set.of(), DIBAO_STANDARD_URBAN, DIBAO_STANDARD_RURAL, TEMPORARY_ASSISTANCE_MAX_MONTHS,
        TEMPORARY_ASSISTANCE_ROUNDING);
  }

  /** @return the rule, {@link TemporaryAssistanceRule} beside this class */
  @Override
  public Optional<CaseRule> caseRule() {
    return Optional.of(TemporaryAssistanceRule.INSTANCE);
  }
}
