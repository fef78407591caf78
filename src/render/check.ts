import type { Verdict } from '../check/index.js';
import type { Rule } from '../check/index.js';
import { formatPath } from '../network/index.js';
import type { Arithmetic } from '../numbers/index.js';
import { type Paint, showValue } from './values.js';

export interface CheckView {
  /** Show the right value of each answer. */
  reveal: boolean;
}

/** One line per answer, ✓ or ✗, its place, what was written; then a summary line. */
export function renderCheck<N>(
  ar: Arithmetic<N>,
  verdicts: readonly Verdict<N>[],
  view: CheckView,
  paint: Paint,
): string {
  const lines = verdicts.map((verdict) => {
    const mark = verdict.right ? '✓' : paint.mark('✗');
    const right = view.reveal ? ` (right: ${showValue(ar, verdict.value)})` : '';
    const why = verdict.mistakes.map((mistake) => mistake.description).join(', or ');
    return `${mark} ${verdict.place}: ${verdict.answer.written}${right}${why ? ` — ${why}` : ''}`;
  });
  return [...lines, summary(verdicts)].join('\n');
}

function summary<N>(verdicts: readonly Verdict<N>[]): string {
  const total = verdicts.length;
  const right = verdicts.filter((verdict) => verdict.right).length;
  if (total === 1) return `The answer is ${right === 1 ? 'right' : 'wrong'}.`;
  if (right === total) return `All ${total} answers right.`;
  return `${right} of ${total} answers right, ${total - right} wrong.`;
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
