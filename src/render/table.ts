import Table from 'cli-table3';
import type { Network, Trace } from '../engine/index.js';
import { kindOf, type LayerSpec } from '../layers/index.js';
import type { OtherConvention } from '../report/conventions.js';
import { type Paint, showMatrix, showValue, showVector } from './values.js';

/**
 * One table per sample: a row per k with o^k and δ^k, then the loss and δ^(n+1).
 * `conventions[s]`, when given, says what the other convention at a kink gives in sample s.
 */
export function renderTables<N>(
  network: Network<N>,
  traces: Trace<N>[],
  paint: Paint,
  conventions: readonly OtherConvention<N>[][] = [],
): string {
  return traces
    .map((trace, s) => {
      const title = `Sample ${s + 1} of ${traces.length}`;
      return renderTable(network, trace, title, paint, conventions[s]);
    })
    .join('\n\n');
}

export function renderTable<N>(
  network: Network<N>,
  trace: Trace<N>,
  title: string,
  paint: Paint,
  conventions: readonly OtherConvention<N>[] = [],
): string {
  const { ar } = network;
  const n = trace.layers.length;
  const table = new Table({
    head: ['k', 'layer L^k', 'o^k = L^k(o^(k-1))', 'δ^k = ∂Loss/∂X^k', 'δw^k, δb^k'].map((text) =>
      paint.heading(text),
    ),
    // Colours come from `paint` only: cli-table3 would otherwise write its own into pipes.
    style: { head: [], border: [] },
  });
  const notes: string[] = [];

  // The input of a layer at a kink is the output of the row before: mark it there too.
  const feedsKink = (k: number) => (trace.layers[k]?.atKink ? paint.mark(' †') : '');
  table.push(['0', paint.dim('input x'), showVector(ar, trace.x) + feedsKink(0), '', '']);
  for (const layer of trace.layers) {
    const spec = network.specs[layer.k - 1] as LayerSpec;
    const kind = kindOf(spec);
    let delta = showVector(ar, layer.delta);
    if (layer.atKink) {
      delta += paint.mark(' †');
      const other = conventions.find((convention) => convention.k === layer.k);
      notes.push(kinkNote(layer.k, layer.input.length, layer.atKink, spec) +
        (other ? otherNote(ar, other) : ''));
    }
    const gradients = [
      layer.weightGrad && `δw:\n${showMatrix(ar, layer.weightGrad)}`,
      layer.biasGrad && `δb: ${showVector(ar, layer.biasGrad)}`,
    ].filter(Boolean);
    table.push([
      String(layer.k),
      `${kind.describe(spec)}\n${paint.dim(kind.formula)}`,
      showVector(ar, layer.output) + feedsKink(layer.k),
      delta,
      gradients.join('\n'),
    ]);
  }
  table.push([
    String(n + 1),
    `loss: ${network.lossName}\n${paint.dim(network.loss.formula)}\n` +
      paint.dim(network.loss.deltaFormula),
    // An approximate loss of an exact run reads "Loss ≈ 2.579", not "Loss = ≈ 2.579".
    `Loss${showValue(ar, trace.loss).startsWith('≈') ? '' : ' ='} ${showValue(ar, trace.loss)}`,
    showVector(ar, trace.lossDelta),
    '',
  ]);

  const heading = `${title}: x = ${showInline(ar, trace.x)}, y = ${showInline(ar, trace.y)}`;
  return [paint.heading(heading), table.toString(), ...notes.map((note) => paint.mark(note))].join('\n');
}

/** `7`, or `(100, 2000, 100)`: exact texts on one line. */
export function showInline<N>(ar: Network<N>['ar'], values: readonly N[]): string {
  const texts = values.map((value) => ar.format(value));
  return texts.length === 1 ? texts[0] : `(${texts.join(', ')})`;
}

/** The note under a table for the inputs of L^k that sit exactly on a kink. */
export function kinkNote(k: number, size: number, indices: number[], spec: LayerSpec): string {
  const places = indices.map((i) => (size === 1 ? `X^${k}` : `X^${k}_${i + 1}`)).join(', ');
  const convention =
    spec.kind === 'relu'
      ? `as ${spec.reluAtZero ?? 1} (reluAtZero; PyTorch takes 0)`
      : spec.kind === 'leaky-relu'
        ? `as ${spec.reluAtZero === 0 ? 'the slope a' : '1'} (reluAtZero; PyTorch takes a)`
        : 'by convention';
  return `† ${places} = 0 exactly: the derivative of L^${k} there is taken ${convention}.`;
}

/** What the other convention gives: every value that changes, or that none does. */
function otherNote<N>(ar: Network<N>['ar'], other: OtherConvention<N>): string {
  if (other.changes.length === 0) return ` Taken as ${other.other}, no value would change.`;
  const show = (items: N[] | N[][]): string => {
    const texts = items.map((item) => (Array.isArray(item) ? show(item) : ar.format(item)));
    return texts.length === 1 ? texts[0] : `(${texts.join(', ')})`;
  };
  const changes = other.changes.map(({ name, values }) => `${name} = ${show(values)}`);
  return ` Taken as ${other.other}: ${changes.join(', ')}.`;
}
