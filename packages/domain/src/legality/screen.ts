import { fieldError } from '../common/domain-error';
import { LegalityResult, type ServiceKind } from '../common/enums';
import {
  classAliases,
  compileAct,
  findInSentence,
  type CompiledAct,
  type PartMatch,
} from './act-pattern';
import { LEGALITY_RULES, type LegalityRuleId } from './legality-rules';
import { DROPPED_PLANS, DUTY_TURNS, REFUSALS, SUGGESTIONS, WORD_CLASSES } from './legality-words';
import { isNegated, isUndecided } from './negation';
import { readText, type ReaderModel, type ReaderOpinion } from './reader/model';
import { readerMatch } from './reader/reader-match';
import {
  compilePattern,
  type CompiledPattern,
  type PhraseAliases,
  type PhraseLanguage,
} from './phrase-pattern';
import { splitSentences, type Sentence } from './sentences';
import { serviceItem } from './service-catalogue';

/** One reason a request was flagged: an act found in the text, or a forbidden checklist service. */
export interface ScreenMatch {
  ruleId: LegalityRuleId;
  /**
   * The rule's act as it matched (each `[a|b]` and `{class}` replaced by the words found, its
   * parts joined by " & "), or the service's Chinese label.
   */
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
  acts: CompiledAct[];
  exclusions: CompiledPattern[];
}

let compiled: CompiledRule[] | undefined;

// Compiled on first use, so importing the package (a kiosk, a label lookup) costs nothing.
function compiledRules(): CompiledRule[] {
  if (compiled) return compiled;
  const languages = ['zh', 'en'] as const;
  const aliases = Object.fromEntries(
    languages.map((lang) => [lang, classAliases(WORD_CLASSES, lang)]),
  ) as Record<PhraseLanguage, PhraseAliases>;
  compiled = LEGALITY_RULES.map((r) => ({
    id: r.id,
    basis: r.basis,
    acts: languages.flatMap((lang) =>
      r.acts[lang].map((a) => {
        const lawful = / &<? /.test(a) ? (r.lawful?.[lang] ?? []) : [];
        return compileAct([a, ...lawful].join(' ! '), lang, aliases[lang]);
      }),
    ),
    exclusions: languages.flatMap((lang) =>
      r.exclusions[lang].map((x) => compilePattern(x, lang, aliases[lang])),
    ),
  }));
  return compiled;
}

interface Found {
  start: number;
  end: number;
  phrase: string;
  /** Made of several parts: a paraphrase, not the act's own words. */
  composite: boolean;
}

/**
 * Whether a match's words run across a hard clause break (，；, normalised away) after a whole
 * word of it: 收拾，他 is two clauses, while 搜，身 is one word split to slip past the screen.
 */
const acrossBreak = (s: Sentence, m: PartMatch) => {
  for (let i = m.start + 2; i < m.end; i++) if (s.hardBreaks.has(i)) return true;
  return false;
};

/** Where each act of a rule has its deed (first part) in a sentence, exclusions applied. */
function deedsIn(s: Sentence, rule: CompiledRule): PartMatch[][] {
  const heads = rule.acts.map((act) => findInSentence(s, act.parts[0]!));
  if (heads.every((h) => !h.length)) return heads;
  const excluded = rule.exclusions.flatMap((x) => findInSentence(s, x));
  // A deed inside a lawful phrase, or starting in its middle (卖 of 外卖员电话), does not count;
  // nor one whose words run across a clause (陪他去工位收拾，他私人的东西…: no 收拾他).
  return heads.map((ms) =>
    ms.filter(
      (m) =>
        !acrossBreak(s, m) &&
        !excluded.some(
          (x) => (x.start <= m.start && m.end <= x.end) || (x.start < m.start && m.start < x.end),
        ),
    ),
  );
}

const TURNS = [...DUTY_TURNS.zh, ...DUTY_TURNS.en];
const DROPPED = [...DROPPED_PLANS.zh, ...DROPPED_PLANS.en];
const SUGGESTED = [...SUGGESTIONS.zh, ...SUGGESTIONS.en];
const REFUSED = [...REFUSALS.zh, ...REFUSALS.en];

/** Whether one of `cues` is said in `text` at or after `from` (and, given `before`, starting before it). */
function saidAfter(
  cues: readonly string[],
  text: string,
  from: number,
  before = Infinity,
): boolean {
  return cues.some((w) => {
    for (let i = text.indexOf(w, from); i >= 0 && i < before; i = text.indexOf(w, i + 1)) {
      // "we haven't dropped the idea", 没有放弃: the plan stands.
      if (NOT_DROPPED.test(text.slice(Math.max(0, i - 12), i))) continue;
      // 不行就报警, 不同意的话: a condition, not a refusal; 同不同意 a question.
      if (CONDITION_AFTER.test(text.slice(i + w.length, i + w.length + 3))) continue;
      if (w[0] === '不' && i > 0 && text[i - 1] === text[i + 1]) continue;
      // "It's illegal, but do it anyway", 律师说违法，但老板坚持要扣: conceded, not refused.
      if (CONCESSION_AFTER.test(text.slice(i + w.length, i + w.length + 30))) continue;
      // "He said no police", "anyone who says no gets fired": a no that is not the reply.
      if (/\bno$/.test(w) && !NO_ENDS.test(text.slice(i + w.length))) continue;
      const latin = LATIN.test(w[0]!);
      if (!latin || (!LATIN.test(text[i - 1] ?? '') && !LATIN.test(text[i + w.length] ?? '')))
        return true;
    }
    return false;
  });
}

/** Whether `text` says a plan was dropped or refused at or after `from` (and, given `before`, starting before it). */
const droppedAfter = (text: string, from: number, before = Infinity) =>
  saidAfter(DROPPED, text, from, before);

/**
 * Whether the act at `start`–`end` of `s` is someone's suggestion turned down: a suggestion
 * before it in its sentence (提议, "suggested") and a refusal after it, there or at the start of
 * the next sentence (经理说不行; "absolutely not."). A refusal that is itself the act found (老板骂了他一顿
 * of the one who suggested it) counts too.
 */
function refusedSuggestion(
  s: Sentence,
  next: Sentence | undefined,
  start: number,
  end: number,
): boolean {
  const text = s.norm.text;
  const suggestedBefore = (before: number) =>
    SUGGESTED.some((w) => {
      const from = before - w.length;
      for (let i = from < 0 ? -1 : text.lastIndexOf(w, from); i >= 0;) {
        const latin = LATIN.test(w[0]!);
        if (!latin || (!LATIN.test(text[i - 1] ?? '') && !LATIN.test(text[i + w.length] ?? '')))
          return true;
        i = i > 0 ? text.lastIndexOf(w, i - 1) : -1;
      }
      return false;
    });
  const deed = text.slice(start, end);
  const nextText = next?.norm.text.slice(0, NEXT_DROPPED_WITHIN) ?? '';
  // A reply in the next sentence answers the whole request, even one said after the act
  // ("a debt collection agency called asking for guards. We declined.").
  if (
    next !== undefined &&
    suggestedBefore(text.length) &&
    (saidAfter(REFUSED, next.norm.text, 0, NEXT_DROPPED_WITHIN) || BARE_NO.test(nextText))
  )
    return true;
  // The suggestion may lie inside the act's words (有人提议逮到…: the act read from 人).
  if (!suggestedBefore(end)) return false;
  return (
    saidAfter(REFUSED, text, start) ||
    // 公司说扣他的身份证，我们说身份证不能扣; 经理叫我把监控删了，我没删: the deed's own verb refused.
    [text.slice(end), nextText].some((t) =>
      [...t.matchAll(OWN_VERB_REFUSED)].some((m) => deed.includes(m[1]!)),
    )
  );
}
/** A reply that is just no: "no.", "No, we…" (not "no one", "no later than"). */
const BARE_NO =
  /^(?:no|nope)(?:$| (?:we|well|i|ill|thats|that|sorry|never|absolutely|way|chance)\b)/;
/** We or a guard not doing, or saying one cannot do, a deed (its verb after the cue). */
const OWN_VERB_REFUSED =
  /(?:我|我们|咱们|保安)\p{Script=Han}{0,8}?(?:不能|不可以|不会|不准|不得|没有|没)([^让给叫要把被用在\P{Script=Han}])(?![就才前]|的话|之前)/gu;
/**
 * How far into the next sentence a dropped plan still speaks of the sentence before: a reply
 * ("We've dropped that idea", 这个方案已经否决了) says so at once; a cue further on is about its own
 * sentence's plan, not every act of the one before.
 */
const NEXT_DROPPED_WITHIN = 80;
const NOT_DROPPED =
  /(?:\b(?:havent|have not|hasnt|has not|not|never|didnt|did not) |[没未]有?|并没有?)$/;
const LATIN = /[a-z0-9]/;
const CONDITION_AFTER = /^(?:就|的话|再|的|才|也|都)/u;
const CONCESSION_AFTER =
  /^(?:\S*\s)?(?:[^。]{0,24}?)(?:\bbut\b|\banyway\b|\bregardless\b|但|可是|照样|坚持|也要|也得|非要|硬要|还是要|说必须)/u;
/** What may follow a refusal that ends in "no": the end, or the next clause. */
const NO_ENDS =
  /^(?:$| (?:and|but|so|thats|that|to|we|i|it|this|because|again|firmly|straight away)\b)/;

/**
 * Whether the act at `start`–`end` is a past event reported, not asked for: said in the past
 * ("searched", 扣了) after a time gone by (last week, 去年, "our previous company used to") and
 * told with what came of it, there or in the next sentence (reported, dismissed, 被投诉, 以后不会).
 */
function pastReport(s: Sentence, next: Sentence | undefined, start: number, end: number): boolean {
  const text = s.norm.text;
  const before = text.slice(0, start);
  const after = text.slice(end) + ' ' + (next?.norm.text.slice(0, NEXT_DROPPED_WITHIN) ?? '');
  const deed = text.slice(start, end);
  if (LATIN.test(deed[0] ?? '')) {
    const past = /^[a-z]+ed\b/.test(deed) || /\bused to $/.test(before);
    return past && PAST_TIME_EN.test(before) && CONSEQUENCE_EN.test(after);
  }
  const past =
    /^\p{Script=Han}{0,2}[了过]/u.test(text.slice(end, end + 3)) || /[了过]$/u.test(deed);
  return past && PAST_TIME_ZH.test(before) && CONSEQUENCE_ZH.test(after);
}
const PAST_TIME_EN =
  /\b(?:last (?:week|month|year|night|time|summer|winter)|yesterday|previously|in the past|ago|used to|our (?:previous|old|former)|at (?:another|a different|the other) site|once)\b/;
const CONSEQUENCE_EN =
  /\b(?:reported|complained|complaint|dismissed|fired|sacked|fined|punished|disciplined|sued|warned|which is why|changed (?:firms|companies|providers|contractors)|apologi[sz]ed|investigated|never again|not again)\b/;
const PAST_TIME_ZH =
  /(?:去年|上次|以前|之前|上个月|上周|上礼拜|昨天|前几天|前段时间|过去|原来的|以前的)/u;
const CONSEQUENCE_ZH =
  /(?:投诉|开除|辞退|处分|处罚|罚款|被告|道歉|赔偿|出了事|被查|换了|违法|以后不|再也不|绝对不会|不会再)/u;

/** Legality asked about: "Is it allowed for guards to check bags…?", 保安扣证件合法吗？ */
function legalityQuestion(description: string, s: Sentence, next?: Sentence): boolean {
  const last = s.norm.ends[s.norm.ends.length - 1];
  if (last === undefined || !/^[\s"'”’)）]*[?？]/u.test(description.slice(last, last + 4)))
    return false;
  return LEGALITY_QUESTION.test(s.norm.text) && !(next && DONE_ANYWAY.test(next.norm.text));
}
/** An order after the question: "Is it legal…? Keep it anyway." */
const DONE_ANYWAY = /\b(?:anyway|regardless|do it|still)\b|照样|照做|还是要|也要|不管/u;
const LEGALITY_QUESTION =
  /\b(?:is (?:it|this|that) (?:legal|allowed|lawful|permitted|against the law)|are (?:we|guards|you|security|the guards) (?:allowed|permitted)|legally allowed|allowed by law)\b|合法吗|是否合法|合不合法|允许吗|是否允许|允不允许|违法吗|违不违法|算不算违法/u;

/** Whether a turn to a further duty ("另外", "also") lies in the sentence between `from` and `to`. */
function turnBetween(s: Sentence, from: number, to: number): boolean {
  const text = s.norm.text;
  return TURNS.some((w) => {
    for (let i = text.indexOf(w, from); i >= 0 && i + w.length <= to; i = text.indexOf(w, i + 1)) {
      const latin = LATIN.test(w[0]!);
      if (!latin || (!LATIN.test(text[i - 1] ?? '') && !LATIN.test(text[i + w.length] ?? '')))
        return true;
    }
    return false;
  });
}

/** Said not to be what it names: "they're not officials", 并不是警察. */
const DENIED =
  /(?:\b(?:not|arent|isnt|never|neither|nor) (?:a |an |the |real |actual )?|(?:不是|并非|并不是|又不是))$/u;

/** Whether a lawful context is found in a sentence, done (not negated, not left open). */
function lawfulIn(s: Sentence, p: CompiledPattern): boolean {
  const everyDeed: PartMatch[] = [];
  return findInSentence(s, p).some(
    (m) => !isNegated(s, m.start, m.end, everyDeed, false) && !isUndecided(s, m.start),
  );
}

const distance = (a: PartMatch, b: PartMatch) => Math.max(0, a.start - b.end, b.start - a.end);
// A circumstance may lie inside the deed ("turn the inspectors away"), but not be the same words.
const same = (a: PartMatch, b: PartMatch) => a.start === b.start && a.end === b.end;

/**
 * The acts of one rule found in a sentence: a deed asked for (not negated), every other part
 * there, no lawful context. The other parts are looked for only where a deed was found.
 */
function actsOf(
  s: Sentence,
  previous: Sentence | undefined,
  rule: CompiledRule,
  deeds: PartMatch[][],
  negated: (m: PartMatch, deed: boolean) => boolean,
  forbidden: (m: PartMatch) => boolean,
): Found[] {
  const found: Found[] = [];
  rule.acts.forEach((act, a) => {
    const direct = act.parts.length === 1;
    // The deed must be asked for; its circumstances ("防止带走公司资料") may be put any way.
    const heads = deeds[a]!.filter((m) => !negated(m, true));
    if (!heads.length) return;
    const rest: PartMatch[][] = [];
    let toldBefore = false;
    for (let k = 1; k < act.parts.length; k++) {
      // A circumstance forbidden (保安不得强行翻包) or denied ("they're not officials", 不是警察)
      // is not one the deed is asked for with.
      const here = findInSentence(s, act.parts[k]!).filter(
        (m) => !forbidden(m) && !DENIED.test(s.norm.text.slice(Math.max(0, m.start - 12), m.start)),
      );
      // A circumstance told in the sentence before counts, but is not this match's words.
      if (!here.length) {
        if (!(act.before[k] && previous && findInSentence(previous, act.parts[k]!).length)) return;
        toldBefore = true;
      }
      if (here.length) rest.push(here);
    }
    // A lawful context counts when it is done, not when it is refused or left open (要不要报警),
    // and only for the duty it is told with: not across a turn to a further one (另外, "also").
    const lawful = act.unless.flatMap((p) =>
      findInSentence(s, p).filter((m) => !negated(m, false) && !isUndecided(s, m.start)),
    );
    // A circumstance told in the sentence before brings its lawful context along: "The debt is
    // with our lawyer now. If he visits, treat him as a normal visitor."
    if (toldBefore && previous && act.unless.some((p) => lawfulIn(previous, p))) return;
    for (const head of heads) {
      if (
        lawful.some((m) =>
          m.end <= head.start
            ? !turnBetween(s, m.end, head.start)
            : m.start >= head.end
              ? !turnBetween(s, head.end, m.start)
              : true,
        )
      )
        continue;
      const chosen = [head];
      for (const ms of rest) {
        const free = ms.filter((m) => !chosen.some((c) => same(c, m)));
        if (!free.length) break;
        chosen.push(free.reduce((x, y) => (distance(y, head) < distance(x, head) ? y : x)));
      }
      if (chosen.length < rest.length + 1) continue;
      found.push({
        start: Math.min(...chosen.map((m) => m.start)),
        end: Math.max(...chosen.map((m) => m.end)),
        phrase: chosen.map((m) => m.phrase).join(' & '),
        composite: !direct,
      });
    }
  });
  // An act in its own words says it best: a paraphrase of the same rule adds nothing to it.
  const kept = found.some((f) => !f.composite) ? found.filter((f) => !f.composite) : found;
  // Within one rule a match inside another ("扣押" inside "扣押他的身份证") adds nothing.
  return kept.filter(
    (m, i) =>
      !kept.some(
        (o, j) =>
          j !== i &&
          o.start <= m.start &&
          m.end <= o.end &&
          (o.end - o.start > m.end - m.start || (o.end - o.start === m.end - m.start && j < i)),
      ),
  );
}

/**
 * How the second reader's opinion (how likely the text asks for a forbidden act) joins the
 * rules': an act found in its own words (催收, "frisk") always stands; one put together from
 * its parts (a paraphrase) stands only where the reader gives the text more than `confirms`
 * (below it lie nine in ten lawful texts and one in a hundred unlawful ones); where no rule
 * matched, the reader alone flags a text it gives more than `flags` (about one lawful text in a
 * hundred), or more than `flagsBesideLawful` where the text says one of the table's lawful
 * contexts (`lawfulContextIn`). Chosen on the corpus's tuning files, each read by a reader
 * trained without it.
 */
export const READER_THRESHOLDS = { confirms: 0.1, flags: 0.45, flagsBesideLawful: 0.7 } as const;

/**
 * Finds the acts of every rule in a free text; offsets point into the original text. With a
 * `reader` (`READER_MODEL`, on the server), its opinion joins the rules' (`READER_THRESHOLDS`):
 * a text only the reader flags gets one match under the category it reads (`readerMatch`).
 */
export function screenText(description: string, reader?: ReaderModel): ScreenMatch[] {
  const found = ruleFindings(description);
  if (!reader) return found.filter((f) => !f.toldOf).map((f) => f.match);
  return joinReader(description, found, readText(description, reader));
}

/**
 * The rules' matches and the reader's opinion of the same text joined (`READER_THRESHOLDS`).
 * Exported for the cross-validation (`cross-validate.test.ts`), which reads each text once with
 * the rules and once with each fold's reader.
 */
export function joinReader(
  description: string,
  found: readonly RuleFinding[],
  opinion: ReaderOpinion,
): ScreenMatch[] {
  const asked = found.filter((f) => !f.toldOf);
  if (asked.length) {
    const confirmed = opinion.unlawful > READER_THRESHOLDS.confirms;
    return asked.filter((f) => confirmed || !f.composite).map((f) => f.match);
  }
  // The rules read the act and that it was only told of (a plan dropped, a request refused): the
  // reader, which reads the act's words but not the refusal, does not flag it alone.
  if (found.length) return [];
  if (opinion.unlawful <= READER_THRESHOLDS.flags) return [];
  // Beside a lawful context of the table (报警, "hand the copy to the officers", a lost child
  // collected) and no act, the reader alone must be surer (round 12's cross-validation).
  if (opinion.unlawful <= READER_THRESHOLDS.flagsBesideLawful && lawfulContextIn(description))
    return [];
  const match = readerMatch(description, opinion);
  return match ? [match] : [];
}

/**
 * The lawful contexts of the rule table that, found done in a text where no rule found an act,
 * say what the text asks for instead: a hand-over to the police, help to officials, care for
 * someone, consent, another handler (a lawyer, a court).
 */
const LAWFUL_CONTEXTS = [
  '{policeHandover}',
  '{assistOfficial}',
  '{care}',
  '{consent}',
  '{otherHandler}',
];
let lawfulPatterns: { zh: CompiledPattern[]; en: CompiledPattern[] } | undefined;

/** Whether one of the table's lawful contexts (`LAWFUL_CONTEXTS`) is said, done, in the text. */
export function lawfulContextIn(description: string): boolean {
  if (!lawfulPatterns) {
    const of = (lang: PhraseLanguage) => {
      const aliases = classAliases(WORD_CLASSES, lang);
      return LAWFUL_CONTEXTS.filter((c) => aliases[c.slice(1, -1)]).map((c) =>
        compilePattern(c, lang, aliases),
      );
    };
    lawfulPatterns = { zh: of('zh'), en: of('en') };
  }
  const all = [...lawfulPatterns.zh, ...lawfulPatterns.en];
  const sentences = splitSentences(description);
  // Only for the duty it is told with: not when the text turns to a further one after it
  // (消防演练你们配合搞一下。另外…).
  const turnAfter = (i: number, from: number) =>
    turnBetween(sentences[i]!, from, sentences[i]!.norm.text.length) ||
    sentences.slice(i + 1).some((t) => turnBetween(t, 0, t.norm.text.length));
  return sentences.some((s, i) =>
    all.some((p) =>
      findInSentence(s, p).some(
        (m) =>
          !isNegated(s, m.start, m.end, [], false) &&
          !isUndecided(s, m.start) &&
          !turnAfter(i, m.end),
      ),
    ),
  );
}

/** A match of the rules, with whether it was put together from the act's parts. */
export interface RuleFinding {
  match: ScreenMatch;
  composite: boolean;
  /** Told of, not asked for: a plan dropped or a request turned down ("…we said no"). No match. */
  toldOf: boolean;
}

/**
 * The rules' matches, each with whether it was put together from the act's parts, and the acts
 * found but only told of (`toldOf`), which flag nothing.
 */
export function ruleFindings(description: string): RuleFinding[] {
  const rules = compiledRules();
  const matches: RuleFinding[] = [];
  const sentences = splitSentences(description);
  sentences.forEach((s, i) => {
    const deeds = rules.map((rule) => deedsIn(s, rule));
    // Every deed of the sentence: a negation runs over a list of them ("严禁殴打、辱骂他人").
    const everyDeed = deeds.flat(2);
    const negated = (m: PartMatch, deed: boolean) => isNegated(s, m.start, m.end, everyDeed, deed);
    const forbidden = (m: PartMatch) => isNegated(s, m.start, m.end, everyDeed, false, true);
    const next = sentences[i + 1];
    rules.forEach((rule, r) => {
      for (const f of actsOf(s, sentences[i - 1], rule, deeds[r]!, negated, forbidden)) {
        // "Our boss suggested taking their licences. We've dropped that idea": told of, not asked.
        const toldOf =
          droppedAfter(s.norm.text, f.start) ||
          (next !== undefined && droppedAfter(next.norm.text, 0, NEXT_DROPPED_WITHIN)) ||
          refusedSuggestion(s, next, f.start, f.end) ||
          pastReport(s, next, f.start, f.end) ||
          legalityQuestion(description, s, next);
        const [start, end] = [s.norm.starts[f.start]!, s.norm.ends[f.end - 1]!];
        const match: ScreenMatch = {
          ruleId: rule.id,
          phrase: f.phrase,
          basis: rule.basis,
          source: 'text',
          start,
          end,
          text: description.slice(start, end),
          service: null,
        };
        matches.push({ match, composite: f.composite, toldOf });
      }
    });
  });
  return matches.sort((a, b) => a.match.start! - b.match.start! || a.match.end! - b.match.end!);
}

/**
 * The legality screen of a customer request: the checklist services and the free-text
 * description against the acts of Regulation Art. 30. FLAGGED when anything matched; a
 * reviewer still decides. Refuses unknown service codes (BAD_USER_INPUT).
 */
export function screenRequest(
  input: { services: readonly string[]; description: string },
  reader?: ReaderModel,
): ScreenOutcome {
  const serviceMatches: ScreenMatch[] = [];
  const seen = new Set<string>();
  input.services.forEach((code, i) => {
    const item = serviceItem(code);
    if (!item) {
      throw fieldError(`services.${i}`, 'NOT_ALLOWED', { value: code }, `Unknown service: ${code}`);
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
  const matches = [...serviceMatches, ...screenText(input.description, reader)];
  return {
    result: matches.length ? LegalityResult.FLAGGED : LegalityResult.CLEAR,
    matches,
  };
}
