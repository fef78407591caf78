/**
 * An explanation as text for a terminal, as Markdown with `$…$` maths, or as a LaTeX fragment
 * of rows for an `align*` environment (amsmath), prose in `\intertext`.
 */
import {
  equals,
  type Expr,
  type Inline,
  type Line,
  type SampleExplanation,
  op,
  type Step,
  symbol,
  toTex,
  toText,
  withoutRepeats,
} from '../explain/index.js';
import { type Paint, PLAIN } from './values.js';

export type ExplainFormat = 'text' | 'markdown' | 'latex';

export function renderExplanation(
  samples: readonly SampleExplanation[],
  format: ExplainFormat,
  paint: Paint = PLAIN,
): string {
  switch (format) {
    case 'text':
      return samples.map((sample) => textSample(sample, paint)).join('\n\n');
    case 'markdown':
      return samples.map(markdownSample).join('\n\n');
    case 'latex':
      return latexFragment(samples);
  }
}

function title(sample: SampleExplanation): Inline {
  return [
    `Sample ${sample.sample} of ${sample.count}: `,
    [symbol('x'), op('='), ...sample.x],
    ', ',
    [symbol('y'), op('='), ...sample.y],
    ', ',
    [symbol('Loss'), equals(sample.loss), ...sample.loss],
  ];
}

function inline(parts: Inline, math: (expr: Expr) => string, prose = (t: string) => t): string {
  return parts.map((part) => (typeof part === 'string' ? prose(part) : math(part))).join('');
}

function textSample(sample: SampleExplanation, paint: Paint): string {
  const heading = paint.heading(inline(title(sample), toText));
  return [heading, ...sample.steps.map((step) => textStep(step, paint))].join('\n\n');
}

/** ` = `, or ` ≈ ` when the right-hand side shows a rounded value. */
function relation(line: Line, render: (expr: Expr) => string): string {
  return render([equals(line.rhs)]);
}

function textStep(step: Step, paint: Paint): string {
  const lines: string[] = [paint.heading(inline(step.heading, toText))];
  let width = 0;
  for (const line of withoutRepeats(step.lines, toText)) {
    if (line.lhs) width = toText(line.lhs).length;
    const lhs = line.lhs ? toText(line.lhs) : ' '.repeat(width);
    lines.push(`    ${lhs} ${relation(line, toText)} ${toText(line.rhs)}`);
  }
  for (const note of step.notes ?? []) lines.push(paint.dim(`    ${inline(note, toText)}`));
  return lines.join('\n');
}

const dollars = (expr: Expr) => `$${toTex(expr)}$`;

function texRows(lines: Line[]): string[] {
  return withoutRepeats(lines, toTex).map(
    (line) =>
      `${line.lhs ? `${toTex(line.lhs)} ` : ''}&${relation(line, toTex)} ${toTex(line.rhs)}`,
  );
}

function markdownSample(sample: SampleExplanation): string {
  const parts = [`## ${inline(title(sample), dollars, markdownProse)}`];
  for (const step of sample.steps) {
    parts.push(`### ${inline(step.heading, dollars, markdownProse)}`);
    parts.push(
      ['$$', '\\begin{aligned}', texRows(step.lines).join(' \\\\\n'), '\\end{aligned}', '$$'].join(
        '\n',
      ),
    );
    for (const note of step.notes ?? []) parts.push(inline(note, dollars, markdownProse));
  }
  return parts.join('\n\n');
}

function markdownProse(text: string): string {
  return text.replace(/[\\*_`[\]]/g, (char) => `\\${char}`);
}

/** Rows ended by `\\`; prose is an `\intertext`, which follows a `\\` and ends none. */
function latexFragment(samples: readonly SampleExplanation[]): string {
  const rows: string[] = [];
  for (const sample of samples) {
    rows.push(`\\intertext{${inline(title(sample), dollars, texProse)}}`);
    for (const step of sample.steps) {
      rows.push(`\\intertext{${inline(step.heading, dollars, texProse)}}`);
      rows.push(...texRows(step.lines));
      for (const note of step.notes ?? []) {
        rows.push(`\\intertext{${inline(note, dollars, texProse)}}`);
      }
    }
  }
  return rows
    .map((row, i) => {
      const next = rows[i + 1];
      return row.startsWith('\\intertext') || next === undefined ? row : `${row} \\\\`;
    })
    .join('\n');
}

const TEX_PROSE: Record<string, string> = {
  '×': '$\\times$',
  '≈': '$\\approx$',
  '½': '$\\frac{1}{2}$',
  '−': '-',
  '≥': '$\\geq$',
  '>': '$>$',
  '<': '$<$',
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  $: '\\$',
};

/** Prose for LaTeX: its special characters escaped, the few symbols of the prose in maths. */
function texProse(text: string): string {
  return text.replace(/[×≈½−≥<>\\&%#_{}~^$]/g, (char) => TEX_PROSE[char]);
}
