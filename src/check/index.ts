import type { Network, Trace } from '../engine/index.js';
import { nameIn, valueAt } from '../report/places.js';
import type { Answer } from './answers.js';
import {
  MAX_PRECISION,
  matches,
  type Rule,
  ruleOf,
  significantDigits,
  type Tolerance,
} from './match.js';
import { type Mistake, type MistakeName, mistakesFor } from './mistakes.js';

export { type Answer, type AnswersFile, readAnswers } from './answers.js';
export {
  MAX_PRECISION,
  parseTolerance,
  type Rule,
  ruleOf,
  significantDigits,
  type Tolerance,
} from './match.js';
export type { MistakeName } from './mistakes.js';

export interface Verdict<N> {
  answer: Answer;
  /** `sample 3, δ^3` */
  place: string;
  right: boolean;
  rule: Rule;
  /** The computed value at the answer's place. */
  value: N;
  /**
   * The mistakes that give a value there that differs from the right one and matches the
   * written answer: what explains a wrong answer, or what a right one cannot tell apart.
   */
  mistakes: { name: MistakeName; description: string }[];
}

export interface CheckOptions<N> {
  tolerance?: Tolerance;
  /** α, so that the update-before-backward mistake can be recognised. */
  learningRate?: N;
}

/**
 * The significant digits to compute the right values with: `precision`, or more when a decimal
 * answer is written with more digits, so that an approximate value is known to every digit an
 * answer gives (the exact backend adds its guard digits to these).
 */
export function workingPrecision(answers: readonly Answer[], precision: number): number {
  const longest = Math.max(0, ...answers.map((answer) => significantDigits(answer.written)));
  return Math.min(MAX_PRECISION, Math.max(precision, longest));
}

/**
 * Compares each answer with the trace of its sample; names the mistakes that explain a wrong
 * answer, and those that give a right one too (a decimal of few digits, a wide tolerance).
 */
export function checkAnswers<N>(
  network: Network<N>,
  traces: readonly Trace<N>[],
  answers: readonly Answer[],
  options: CheckOptions<N> = {},
): Verdict<N>[] {
  const { ar } = network;
  const mistakes = mistakesFor(network, options.learningRate);
  const mistaken = new Map<number, { mistake: Mistake<N>; trace: Trace<N> }[]>();
  const mistakenTraces = (sample: number) => {
    if (!mistaken.has(sample)) {
      const trace = traces[sample - 1];
      mistaken.set(
        sample,
        mistakes.map((mistake) => ({ mistake, trace: mistake.trace(trace) })),
      );
    }
    return mistaken.get(sample)!;
  };

  return answers.map((answer) => {
    const trace = traces[answer.sample - 1];
    const value = valueAt(trace, answer.place)!;
    const rule: Rule = options.tolerance
      ? { kind: 'tolerance', tolerance: options.tolerance }
      : ruleOf(answer.written);
    const right = matches(ar, value, answer.value, rule);
    const place = `sample ${answer.sample}, ${nameIn(trace, answer.place)}`;
    const explained = mistakenTraces(answer.sample).filter(({ trace: wrong }) => {
      const other = valueAt(wrong, answer.place)!;
      const changed = ar.sign(ar.sub(other, value)) !== 0;
      return changed && matches(ar, other, answer.value, rule);
    });
    const found = explained.map(({ mistake: { name, description } }) => ({ name, description }));
    return { answer, place, right, rule, value, mistakes: found };
  });
}
