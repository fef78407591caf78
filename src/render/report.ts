import type { Arithmetic } from '../numbers/index.js';
import { FLOAT_TOLERANCE, type FloatReport } from '../report/float.js';
import type { GradcheckEntry, GradcheckReport } from '../report/gradcheck.js';
import type { Paint } from './values.js';

/** The values float64 gets wrong and the branches it takes the other way, by sample. */
export function renderFloatReport(report: FloatReport, paint: Paint): string {
  const heading = paint.heading('Float64 against the exact values');
  if (report.differences.length === 0 && report.branches.length === 0) {
    return `${heading}: every value within ${FLOAT_TOLERANCE} relative, every branch the same.`;
  }
  const samples = [...new Set([...report.branches, ...report.differences].map((d) => d.sample))];
  const lines = samples
    .sort((a, b) => a - b)
    .flatMap((sample) => {
      const branches = report.branches.filter((branch) => branch.sample === sample);
      const named = new Set(branches.map((branch) => branch.name));
      const differences = report.differences.filter(
        (difference) => difference.sample === sample && !named.has(difference.name),
      );
      return [
        ...branches.map(
          (branch) =>
            `  sample ${sample}: ${branch.name} = ${asComputed(branch.exact)}, ${branch.float} ` +
            `(≈ ${short(branch.float)}) in float64, so float64 takes the other branch of ` +
            `L^${branch.k}: derivative ${branch.floatSlope} instead of ${branch.exactSlope}`,
        ),
        ...differences.map(
          (difference) =>
            `  sample ${sample}: ${difference.name} = ${asComputed(difference.exact)}, ` +
            `${difference.float} in float64`,
        ),
      ];
    });
  return [`${heading} (beyond ${FLOAT_TOLERANCE} relative):`, ...lines.map(paint.mark)].join('\n');
}

/** `-1/200 exactly`, or `≈ 0.731…` for a value that is itself approximate. */
const asComputed = (text: string) =>
  /^-?\d+(\/\d+)?$/.test(text) ? `${text} exactly` : `≈ ${text}`;

const short = (value: number) => value.toPrecision(2).replace(/e([+-])/, 'e$1');

/** A summary per sample; each entry that crosses a kink or fails, on a line of its own. */
export function renderGradcheck<N>(
  ar: Arithmetic<N>,
  report: GradcheckReport<N>,
  paint: Paint,
): string {
  const step = ar.format(report.step);
  const how = report.exact
    ? 'must equal the derivative exactly (exact fractions, piecewise-linear layers, quadratic loss)'
    : 'approximates the derivative';
  const lines = [paint.heading(`Gradient check: the central difference with h = ${step} ${how}`)];
  const kinks = report.entries.filter((entry) => entry.status === 'kink');
  const failures = report.entries.filter((entry) => entry.status === 'differs');
  const crossings = new Map<string, string[]>();
  for (const entry of kinks) {
    const key = `sample ${entry.sample}: the step crosses the kink at ${entry.kink}`;
    crossings.set(key, [...(crossings.get(key) ?? []), entry.name]);
  }
  for (const [key, names] of crossings) {
    lines.push(`  ${key} (its sign differs at ±h), not compared: ${names.join(', ')}`);
  }
  for (const entry of failures) {
    lines.push(paint.mark(`  sample ${entry.sample}: ${entry.name} differs: ${value(ar, entry)}`));
  }
  const compared = report.entries.length - kinks.length;
  if (report.exact) {
    lines.push(
      failures.length === 0
        ? `All ${compared} compared derivatives equal their central difference exactly.`
        : paint.mark(`${failures.length} of ${compared} compared derivatives differ.`),
    );
  } else {
    const worst = report.entries
      .filter((entry) => entry.status !== 'kink')
      .reduce<GradcheckEntry<N> | undefined>(
        (max, entry) => (!max || entry.relativeError > max.relativeError ? entry : max),
        undefined,
      );
    lines.push(
      worst
        ? `Largest relative error of ${compared}: ${short(worst.relativeError)} ` +
            `(sample ${worst.sample}, ${worst.name}).`
        : 'Nothing to compare.',
    );
  }
  return lines.join('\n');
}

function value<N>(ar: Arithmetic<N>, entry: GradcheckEntry<N>): string {
  return (
    `backward pass ${ar.format(entry.analytic)}, central difference ` +
    `${ar.format(entry.difference)}`
  );
}

export function gradcheckToJson<N>(ar: Arithmetic<N>, report: GradcheckReport<N>) {
  return {
    exact: report.exact,
    step: ar.format(report.step),
    failures: report.failures,
    largestRelativeError: report.largestRelativeError,
    entries: report.entries.map((entry) => ({
      sample: entry.sample,
      place: entry.name,
      status: entry.status,
      backward: ar.format(entry.analytic),
      centralDifference: ar.format(entry.difference),
      relativeError: entry.relativeError,
      ...(entry.kink ? { kink: entry.kink } : {}),
    })),
  };
}
