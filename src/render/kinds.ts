import { LAYER_KINDS } from '../layers/index.js';
import { LOSSES } from '../losses/index.js';

/**
 * The layer kinds and losses with their formulas, for the help text; run builds it only when
 * help is asked for, not at every start.
 */
export function kindsHelp(): string {
  const entry = (name: string, formula: string, summary: string) =>
    `  ${name}: ${formula}\n      ${summary}`;
  return [
    'Layer kinds:',
    ...Object.values(LAYER_KINDS).map((kind) => entry(kind.kind, kind.formula, kind.summary)),
    '',
    "Losses (X = o^n, the network's output; y the expected output; m outputs):",
    ...Object.values(LOSSES).map((loss) => entry(loss.name, loss.formula, loss.summary)),
  ].join('\n');
}
