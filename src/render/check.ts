import { type Rule, significantDigits, type Verdict } from '../check/index.js';
import { formatPath, quote } from '../network/index.js';
import { type Arithmetic, SHOWN_DIGITS } from '../numbers/index.js';
import type { Paint } from './values.js';

export interface CheckView {
  /** Show the right value of each answer. */
  reveal: boolean;
}

/**
 * One line per answer, ✓ or ✗, its place, what was written, the mistakes that explain a wrong
 * answer; under a right answer that a mistake gives too, a line that says so. Then a summary.
 */
export function renderCheck<N>(
  ar: Arithmetic<N>,
  verdicts: readonly Verdict<N>[],
  view: CheckView,
  paint: Paint,
): string {
  const lines = verdicts.flatMap((verdict) => {
    const written = shownAnswer(verdict.answer.written);
    const mark = verdict.right ? '✓' : paint.mark('✗');
    const right = view.reveal
      ? ` (right: ${showRight(ar, verdict.value, verdict.answer.written)})`
      : '';
    const why = verdict.mistakes.map((mistake) => mistake.description).join(', or ');
    const line = `${mark} ${verdict.place}: ${written}${right}`;
    if (!why) return [line];
    if (!verdict.right) return [`${line} — ${why}`];
    const fix = verdict.rule.kind === 'tolerance' ? 'a smaller --tolerance' : 'more digits';
    return [line, `  ${paint.mark('!')} ${written} also matches a mistake — ${why}; give ${fix}`];
  });
  return [...lines, summary(verdicts)].join('\n');
}

/**
 * An answer as written, on one line: without the blanks around it, and quoted with its control
 * characters escaped when it holds any, as JSON escapes them (with DEL, C1 and U+2028/9 too).
 */
export function shownAnswer(written: string): string {
  const text = written.trim();
  if (!/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) return text;
  return quote(text, Infinity);
}

/**
 * The right value, exact when it is, with its decimal shown to two digits more than the answer
 * is written with (and at least to the usual four).
 */
function showRight<N>(ar: Arithmetic<N>, value: N, written: string): string {
  const digits = Math.max(SHOWN_DIGITS, significantDigits(written) + 2);
  const approximate = ar.approximate(value, digits);
  if (!ar.isExact(value)) return ar.kind === 'exact' ? `≈ ${approximate}` : approximate;
  const exact = ar.format(value);
  return /^-?\d+$/.test(exact) ? exact : `${exact} ≈ ${approximate}`;
}

function summary<N>(verdicts: readonly Verdict<N>[]): string {
  const total = verdicts.length;
  const right = verdicts.filter((verdict) => verdict.right).length;
  const unclear = verdicts.filter((verdict) => verdict.right && verdict.mistakes.length > 0).length;
  if (total === 1) {
    if (right === 0) return 'The answer is wrong.';
    return unclear ? 'The answer is right, but also matches a mistake.' : 'The answer is right.';
  }
  const match = unclear === 1 ? 'matches' : 'match';
  if (right === total) {
    return `All ${total} answers right${unclear ? `; ${unclear} also ${match} a mistake` : ''}.`;
  }
  const ones = unclear === 1 ? 'one' : 'ones';
  const also = unclear ? `; ${unclear} right ${ones} also ${match} a mistake` : '';
  return `${right} of ${total} answers right, ${total - right} wrong${also}.`;
}

export interface JsonVerdict {
  sample: number;
  place: string;
  /** Where the answer is in the answers file. */
  path: string;
  written: string;
  right: boolean;
  /** `exact`, `rounded to 1e-3`, `within 1e-6`, `within rel:1e-9` */
  rule: string;
  value?: string;
  mistakes: { name: string; description: string }[];
}

export function checkToJson<N>(
  ar: Arithmetic<N>,
  verdicts: readonly Verdict<N>[],
  view: CheckView,
) {
  const answers: JsonVerdict[] = verdicts.map((verdict) => ({
    sample: verdict.answer.sample,
    place: verdict.place.replace(/^sample \d+, /, ''),
    path: formatPath(verdict.answer.path),
    written: verdict.answer.written,
    right: verdict.right,
    rule: ruleText(verdict.rule),
    ...(view.reveal ? { value: ar.format(verdict.value) } : {}),
    mistakes: verdict.mistakes,
  }));
  const right = answers.filter((answer) => answer.right).length;
  return { right, wrong: answers.length - right, answers };
}

function ruleText(rule: Rule): string {
  switch (rule.kind) {
    case 'exact':
      return 'exact';
    case 'rounded':
      return `rounded to ${rule.stepText}`;
    case 'tolerance':
      return `within ${rule.tolerance.text}`;
  }
}
