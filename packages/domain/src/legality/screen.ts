import { DomainError, DomainErrorCode } from '../common/domain-error';
import { LegalityResult, type ServiceKind } from '../common/enums';
import {
  LEGALITY_RULES,
  NEGATION_CUES,
  NEGATION_FILLERS,
  PHRASE_ALIASES,
  type LegalityRuleId,
} from './legality-rules';
import { normalizeForScreen } from './normalize';
import { compilePattern, findPattern, type CompiledPattern } from './phrase-pattern';
import { serviceItem } from './service-catalogue';

/** One reason a request was flagged: a phrase found in the text, or a forbidden checklist service. */
export interface ScreenMatch {
  ruleId: LegalityRuleId;
  /** The rule phrase that matched (after expanding `[a|b]`), or the service's Chinese label. */
  phrase: string;
  /** Legal basis in Chinese, e.g. 《保安服务管理条例》第三十条第四项. */
  basis: string;
  source: 'text' | 'service';
  /** UTF-16 offsets into the ORIGINAL description (`description.slice(start, end)`); null for services. */
  start: number | null;
  end: number | null;
  /** The original text that matched; null for services. */
  text: string | null;
  /** The checklist service that matched; null for text. */
  service: ServiceKind | null;
}

export interface ScreenOutcome {
  result: LegalityResult;
  matches: ScreenMatch[];
}

interface CompiledRule {
  id: LegalityRuleId;
  basis: string;
  phrases: CompiledPattern[];
  exclusions: CompiledPattern[];
  services: readonly ServiceKind[];
}

const compileAll = (patterns: { zh: readonly string[]; en: readonly string[] }) =>
  (['zh', 'en'] as const).flatMap((lang) =>
    patterns[lang].map((p) => compilePattern(p, lang, PHRASE_ALIASES)),
  );

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');

interface Compiled {
  rules: CompiledRule[];
  negatedZh: RegExp;
  negatedEn: RegExp;
}
let compiled: Compiled | undefined;

// Compiled on first use, so importing the package (a kiosk, a label lookup) costs nothing.
function compiledScreen(): Compiled {
  compiled ??= {
    rules: LEGALITY_RULES.map((r) => ({
      id: r.id,
      basis: r.basis,
      phrases: compileAll(r.phrases),
      exclusions: compileAll(r.exclusions),
      services: r.services,
    })),
    negatedZh: new RegExp(
      `(?:${alternation(NEGATION_CUES.zh)})(?:${alternation(NEGATION_FILLERS.zh)})*$`,
      'u',
    ),
    negatedEn: new RegExp(
      `(?:^|[^\\p{Script=Latin}\\p{N}])(?:${alternation(NEGATION_CUES.en)})(?: (?:${alternation(NEGATION_FILLERS.en)}))* ?$`,
      'u',
    ),
  };
  return compiled;
}

// No match runs across a sentence ("删除旧档。监控室24小时值守" asks for nothing), and a
// gap does not run across a clause ("防止信息泄露，保守客户秘密" leaks nothing).
const SENTENCE_BREAK = /[。！？；!?;]|\.(?=\s|$)/u;
const CLAUSE_BREAK = /[，,、：:]/u;

function isNegated(c: Compiled, normalized: string, start: number): boolean {
  const before = normalized.slice(Math.max(0, start - 24), start);
  return c.negatedZh.test(before) || c.negatedEn.test(before);
}

/** Finds the phrases of every rule in a free text; offsets point into the original text. */
export function screenText(description: string): ScreenMatch[] {
  const norm = normalizeForScreen(description);
  const c = compiledScreen();
  const matches: ScreenMatch[] = [];
  for (const rule of c.rules) {
    const excluded = rule.exclusions.flatMap((x) => findPattern(norm.text, x));
    const found: { s: number; e: number; phrase: string }[] = [];
    for (const p of rule.phrases) {
      for (const { start: s, end: e, phrase } of findPattern(norm.text, p)) {
        if (excluded.some((x) => x.start <= s && e <= x.end)) continue;
        if (isNegated(c, norm.text, s)) continue;
        const [start, end] = [norm.starts[s]!, norm.ends[e - 1]!];
        const original = description.slice(start, end);
        if (SENTENCE_BREAK.test(original)) continue;
        if (p.pattern.includes('*') && CLAUSE_BREAK.test(original)) continue;
        found.push({ s: start, e: end, phrase });
      }
    }
    // Within one rule a match inside another ("扣押" inside "扣押他的身份证") adds nothing.
    const kept = found.filter(
      (m, i) =>
        !found.some(
          (o, j) =>
            j !== i &&
            o.s <= m.s &&
            m.e <= o.e &&
            (o.e - o.s > m.e - m.s || (o.e - o.s === m.e - m.s && j < i)),
        ),
    );
    for (const m of kept) {
      matches.push({
        ruleId: rule.id,
        phrase: m.phrase,
        basis: rule.basis,
        source: 'text',
        start: m.s,
        end: m.e,
        text: description.slice(m.s, m.e),
        service: null,
      });
    }
  }
  return matches.sort((a, b) => a.start! - b.start! || a.end! - b.end!);
}

/**
 * The legality screen of a customer request: the checklist services and the free-text
 * description against the acts of Regulation Art. 30. FLAGGED when anything matched; a
 * reviewer still decides. Refuses unknown service codes (BAD_USER_INPUT).
 */
export function screenRequest(input: {
  services: readonly string[];
  description: string;
}): ScreenOutcome {
  const serviceMatches: ScreenMatch[] = [];
  const seen = new Set<string>();
  input.services.forEach((code, i) => {
    const item = serviceItem(code);
    if (!item) {
      throw new DomainError(DomainErrorCode.BAD_USER_INPUT, `Unknown service: ${code}`, {
        field: `services.${i}`,
        value: code,
      });
    }
    if (seen.has(code)) return;
    seen.add(code);
    for (const rule of LEGALITY_RULES) {
      if (!rule.services.includes(item.kind)) continue;
      serviceMatches.push({
        ruleId: rule.id,
        phrase: item.zh,
        basis: rule.basis,
        source: 'service',
        start: null,
        end: null,
        text: null,
        service: item.kind,
      });
    }
  });
  const matches = [...serviceMatches, ...screenText(input.description)];
  return {
    result: matches.length ? LegalityResult.FLAGGED : LegalityResult.CLEAR,
    matches,
  };
}
