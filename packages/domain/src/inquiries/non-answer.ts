import { DomainError, DomainErrorCode } from '../common/domain-error';
import { fieldProblem } from '../common/field-problem';
import { normalizeForScreen } from '../legality/normalize';

/**
 * Brush-offs that are not answers (over normalised text: lower case, no CJK punctuation,
 * apostrophes dropped): "I don't know", "not my job", and "I'll ask" — which is a reason to
 * keep the inquiry open or escalate it, not an answer.
 */
export const NON_ANSWER_PATTERNS: readonly string[] = [
  '不[太大很是]*(?:清楚|知道|晓得|了解|确定|懂|明白)',
  '不知',
  '没(?:有)?(?:听说过?|听过|印象)',
  '(?:说|搞|弄)不(?:清|明白)',
  '无可奉告',
  '不好说',
  '没办法',
  '不归我管',
  '不关我(?:的)?事',
  '不是我(?:的)?(?:事|负责(?:的)?|管(?:的)?)',
  '(?:你|您)?(?:去)?问(?:别人|其他人|别的人)',
  '(?:我)?(?:去|再|帮你|帮您|回头)?问(?:问|一下|一问)(?:再说|再告诉你|再回复)?',
  '(?:稍后|回头|等会|晚点)(?:再)?(?:告诉|回复|答复)(?:你|您)?',
  '(?:i )?(?:dont|do not) know',
  '(?:i )?(?:have )?no (?:idea|clue)',
  'dunno',
  'idk',
  '(?:im |i am )?not (?:sure|certain)',
  'unsure',
  'unknown',
  'not my (?:job|problem|business|department)',
  'ask (?:someone|somebody|anyone) else',
  '(?:ill|i will|let me|i ll) (?:check|ask|find out)(?: later)?',
  'get back to you',
  'no comment',
  'n a',
  'tbd',
  '(?:cant|cannot) say',
];

const FILLERS_ZH = [
  '不好意思',
  '对不起',
  '抱歉',
  '这个',
  '那个',
  '确实',
  '实在',
  '暂时',
  '目前',
  '我',
  '也',
  '真',
  '的',
  '啊',
  '呀',
  '呢',
  '哦',
  '噢',
  '吧',
  '了',
  '嗯',
  '额',
  '呃',
  '唉',
  '哎',
  '还',
  '都',
  '是',
  '很',
  '太',
  '就',
  '你',
  '您',
  '哈',
  '再',
  '先',
];
const FILLERS_EN = new Set(
  'i im sorry really honestly actually um uh er well just am truly totally have got so oh hmm hm ok okay yeah sir madam maam please the a about that this it and but or then to you'.split(
    ' ',
  ),
);

const PATTERN = new RegExp(
  NON_ANSWER_PATTERNS.map((p) =>
    /^[\x20-\x7e]+$/.test(p) ? `(?<![a-z0-9])(?:${p})(?![a-z0-9])` : `(?:${p})`,
  ).join('|'),
  'gu',
);

/**
 * Whether an answer is no answer: blank, or nothing but brush-offs and filler ("不知道",
 * "我也不太清楚", "I don't know, sorry", "not sure, I'll check"). "不清楚，请到一楼物业服务中心
 * 咨询" is an answer: it tells the customer where to go.
 */
export function isNonAnswer(text: string | null | undefined): boolean {
  const norm = normalizeForScreen(text ?? '').text;
  if (!norm) return true;
  const stripped = norm.replace(PATTERN, ' ');
  if (stripped === norm) return false;
  const rest = stripped
    .split(' ')
    .filter((w) => w && !FILLERS_EN.has(w))
    .map((w) => FILLERS_ZH.reduce((acc, f) => acc.split(f).join(''), w))
    .join('');
  return rest === '';
}

/** The trimmed answer, or NOT_AN_ANSWER when it is none: the guard must find out or escalate. */
export function assertRealAnswer(text: string | null | undefined, field = 'answer'): string {
  if (isNonAnswer(text)) {
    const problem = fieldProblem(field, 'NOT_AN_ANSWER');
    throw new DomainError(DomainErrorCode.NOT_AN_ANSWER, problem.message, {}, [problem]);
  }
  return (text ?? '').trim();
}
