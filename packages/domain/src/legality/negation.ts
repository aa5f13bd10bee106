import {
  FALSE_NEGATIONS,
  NEGATION_CUES,
  NEGATION_FILLERS,
  NEGATION_PREPOSITIONS,
  NEGATED_LIST_VERBS,
  OTHERS_DOING,
  POST_NEGATIONS,
  POST_NEGATION_FILLERS,
  UNDECIDED_CUES,
} from './legality-words';
import type { Sentence } from './sentences';

interface Span {
  start: number;
  end: number;
}

const LATIN = /[\p{Script=Latin}\p{N}]/u;
/** How long the object of a listed act may be ("严禁搜查他人身体、…"). */
const ACT_OBJECT = 6;
const HAN = /\p{Script=Han}/u;
/** An English preposition and an object of up to three words ("in the control room"). */
const EN_PREPOSITION = /^(?:in|at|on|inside|within|from) (?:[a-z]+ ){0,2}[a-z]+(?![a-z])/;
/**
 * "If a patient's relative attacks a nurse": the subject of a condition, someone other than the
 * guards, does the deed the guard answers. Words that make the guards (or nobody) the subject.
 */
const CONDITION_SUBJECT =
  /\b(?:if|when|whenever) ((?:a|an|the|any|some|another|one) (?:[a-z]+ ){1,2})$/;
const EVEN_IF_OTHER =
  /\beven (?:if|when|though) (?:they|he|she|someone|anyone|people|customers?|visitors?|the customers?) $/;
const NOT_OTHERS = new Set(
  'you your we our us i guard guards security team staff officer officers they them it there this that necessary needed need needs possible required asked told must can have has is are be'.split(
    ' ',
  ),
);

const both = (words: { zh: readonly string[]; en: readonly string[] }) => [
  ...words.zh,
  ...words.en,
];
const CUES = both(NEGATION_CUES);
/** The cues that forbid outright: a circumstance after one is not asked for (保安不得强行翻包). */
const PROHIBITIONS = new Set([
  ...'不得 严禁 禁止 不准 不许 切勿 请勿 莫 千万别 绝不 决不 不允许'.split(' '),
  'never',
  'under no circumstances',
  'at no time',
]);
const FALSE_CUES = both(FALSE_NEGATIONS);
const FILLERS = [...both(NEGATION_FILLERS), ...both(NEGATED_LIST_VERBS)];
const POSTS = both(POST_NEGATIONS);
const POST_FILLERS = both(POST_NEGATION_FILLERS);
const OTHERS = both(OTHERS_DOING);
const OTHERS_FILLERS = both(OTHERS_DOING.fillers);

/** Where `word` occurs in `text` between `from` and `to`; an English word only as a whole word. */
function occurrences(text: string, word: string, from: number, to: number): number[] {
  const at: number[] = [];
  const latin = LATIN.test(word);
  for (
    let i = text.indexOf(word, from);
    i >= 0 && i + word.length <= to;
    i = text.indexOf(word, i + 1)
  ) {
    if (latin && (LATIN.test(text[i - 1] ?? '') || LATIN.test(text[i + word.length] ?? '')))
      continue;
    at.push(i);
  }
  return at;
}

interface Walk {
  words: readonly string[];
  /** Other acts found in the sentence may be stepped over (a list of forbidden acts). */
  acts?: readonly Span[];
  /** A preposition and its object may be stepped over ("不得对访客…"). */
  prepositions?: boolean;
}

/**
 * Whether the sentence's text from `from` to `to` is nothing but what `walk` allows: a walk over
 * its positions, each filler word, act, prepositional phrase or list item taking you further.
 */
function onlyFillers(s: Sentence, from: number, to: number, walk: Walk): boolean {
  if (from >= to) return true;
  const text = s.norm.text;
  const reach = new Array<boolean>(to - from + 1).fill(false);
  reach[0] = true;
  const mark = (i: number) => {
    if (i <= to) reach[i - from] = true;
  };
  for (let i = from; i < to; i++) {
    if (!reach[i - from]) continue;
    if (text[i] === ' ') mark(i + 1);
    for (const a of walk.acts ?? []) {
      if (a.start > i || i >= a.end) continue;
      mark(Math.min(a.end, to));
      // An act's object, up to the next item of the list: "严禁搜查他人身体、扣押他人证件".
      for (let k = 1; k <= ACT_OBJECT; k++) if (s.softBreaks.has(a.end + k)) mark(a.end + k);
    }
    for (const w of walk.words) {
      if (!text.startsWith(w, i)) continue;
      const end = i + w.length;
      if (LATIN.test(w) && LATIN.test(text[end] ?? '')) continue;
      mark(end);
    }
    if (walk.prepositions && NEGATION_PREPOSITIONS.words.includes(text[i]!)) {
      for (let k = 1; k <= NEGATION_PREPOSITIONS.reach && HAN.test(text[i + k - 1] ?? ''); k++)
        mark(i + k);
    }
    // An English preposition and its object: "no one in the control room shares…".
    if (walk.prepositions && !LATIN.test(text[i - 1] ?? '')) {
      const prep = EN_PREPOSITION.exec(text.slice(i));
      if (prep) mark(i + prep[0].length);
    }
  }
  return reach[to - from]!;
}

/** A cue that is part of something else: 不得不 (must), 能不能 (a question), 别人 (someone else). */
function falseCue(text: string, at: number, cue: string): boolean {
  if (cue.startsWith('不') && at > 0 && text[at - 1] === text[at + 1]) return true;
  return FALSE_CUES.some((f) => {
    for (let k = f.indexOf(cue); k >= 0; k = f.indexOf(cue, k + 1))
      if (text.startsWith(f, at - k)) return true;
    return false;
  });
}

/** The stretch of the sentence a negation can reach: between hard clause breaks. */
function scope(s: Sentence, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !s.hardBreaks.has(from)) from--;
  let to = end;
  while (to < s.norm.text.length && !s.hardBreaks.has(to)) to++;
  return [from, to];
}

const crossesClause = (s: Sentence, from: number, to: number) =>
  s.clauses.some(([start]) => from < start && start <= to);

/**
 * Whether an act found at [start, end) of a sentence is forbidden, denied or asked about rather
 * than asked for: after a cue ("严禁…", "never…", "不需要你们去…") with only fillers and other
 * acts between, before a post-negation ("…是不允许的", "… is not allowed"), in an A-not-A
 * question ("报不报警"), or — for a deed (`deed`, not a lawful context) — done by someone else
 * whom the guard is to stop ("发现有人偷拍…", "有人在厂门口拍照，上前问一下", "业主要求删掉…"). `acts` are
 * all the acts found in the sentence.
 */
export function isNegated(
  s: Sentence,
  start: number,
  end: number,
  acts: readonly Span[],
  deed: boolean,
  /** Only an outright prohibition before it counts (for an act's circumstances). */
  prohibitionOnly = false,
): boolean {
  const text = s.norm.text;
  if (prohibitionOnly) return prohibited(s, start, acts);
  if (start >= 2 && text[start - 1] === '不' && text[start - 2] === text[start]) return true;
  const [from, to] = scope(s, start, end);
  const others = acts.filter((a) => a.start !== start || a.end !== end);
  for (const cue of CUES) {
    for (const at of occurrences(text, cue, from, start)) {
      if (falseCue(text, at, cue)) continue;
      const cueEnd = at + cue.length;
      // "不让他离开并搜他的包": the 不让 belongs to an act of its own — not when that act is
      // only the cue and this one's words (谁要都不给).
      // Nor when that act ends before this one ("refuse entry, call the police": the cue is the
      // refusal's own word, not a negation of the call).
      const ownWords = (a: Span) => a.start === at && a.end <= end && a.end > start;
      if (others.some((a) => a.start <= at && cueEnd <= a.end && !ownWords(a))) continue;
      // "不签字就别想走": the cue negates the condition, not what follows 就.
      if (/[就才]/.test(text.slice(cueEnd, start))) continue;
      // "if he wont, call the hotline", "anyone without one, take…": the cue ends a condition, the
      // next clause is asked for.
      if (
        /\b(?:(?:if|unless|when) (?:\S+ ){0,6}|(?:anyone|whoever|those) (?:\S+ )?)$/.test(
          text.slice(Math.max(from, at - 64), at),
        ) &&
        crossesClause(s, cueEnd, start)
      )
        continue;
      const walk = { words: FILLERS, acts: others, prepositions: true };
      if (onlyFillers(s, cueEnd, start, walk)) return true;
    }
  }
  if (deed) {
    // 有动手的马上报警: whoever does it (有…的) is told of, not asked to do it.
    if (text[start - 1] === '有' && /^\p{Script=Han}{0,4}?的/u.test(text.slice(end, end + 5)))
      return true;
    const before = Math.max(from, start - 48);
    const condition = CONDITION_SUBJECT.exec(text.slice(before, start));
    if (
      condition &&
      // The subject's own verb ("attacks", "shoves"), not an order to the guard ("hold him").
      /^[a-z]+s\b/.test(text.slice(start)) &&
      !crossesClause(s, before + condition.index, start) &&
      condition[1]!.split(' ').every((w) => !w || !NOT_OTHERS.has(w))
    )
      return true;
    // "Dont insult customers even if they insult you": the other's deed the guard bears.
    if (EVEN_IF_OTHER.test(text.slice(Math.max(from, start - 24), start))) return true;
    for (const who of OTHERS) {
      for (const at of occurrences(text, who, from, start)) {
        // "把小偷绑在树上": after 把 / 将 / 对 the thief is what the act is done to, not its doer.
        if (/[把将对]/.test(text[at - 1] ?? '')) continue;
        const whoEnd = at + who.length;
        if (crossesClause(s, whoEnd, start)) continue;
        // "小偷给我往死里揍": 给我 makes it an order to the guard, not the thief's own deed.
        if (/给我/.test(text.slice(whoEnd, start))) continue;
        if (onlyFillers(s, whoEnd, start, { words: OTHERS_FILLERS, prepositions: true }))
          return true;
      }
    }
  }
  return POSTS.some((post) =>
    occurrences(text, post, end, to).some((at) =>
      onlyFillers(s, end, at, { words: POST_FILLERS, acts: others }),
    ),
  );
}

/** Whether a prohibition cue (`PROHIBITIONS`) forbids what starts at `start`, with only fillers between. */
function prohibited(s: Sentence, start: number, acts: readonly Span[]): boolean {
  const text = s.norm.text;
  const [from] = scope(s, start, start);
  for (const cue of PROHIBITIONS) {
    for (const at of occurrences(text, cue, from, start)) {
      if (falseCue(text, at, cue)) continue;
      if (onlyFillers(s, at + cue.length, start, { words: FILLERS, acts, prepositions: true }))
        return true;
    }
  }
  return false;
}

const UNDECIDED = both(UNDECIDED_CUES);

/**
 * Whether a lawful context found at `start` is only asked about, not done: after 要不要 / 是否 /
 * "whether to" ("等厂长来了再看要不要报警"), or in an A-not-A question (报不报警).
 */
export function isUndecided(s: Sentence, start: number): boolean {
  const text = s.norm.text;
  if (start >= 2 && text[start - 1] === '不' && text[start - 2] === text[start]) return true;
  const before = text.slice(0, start).trimEnd();
  return UNDECIDED.some(
    (cue) =>
      before.endsWith(cue) &&
      !(LATIN.test(cue) && LATIN.test(before[before.length - cue.length - 1] ?? '')),
  );
}
