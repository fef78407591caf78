import Table from 'cli-table3';
import type { Network, Trace } from '../engine/index.js';
import { kindOf, type LayerSpec } from '../layers/index.js';
import type { OtherConvention } from '../report/conventions.js';
import { CellValues } from './long-values.js';
import { markFirstLine, type Paint } from './values.js';

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
  const cells = new CellValues(ar);
  const notes: string[] = [];

  // The input of a layer at a kink is the output of the row before: mark it there too.
  const feedsKink = (k: number, text: string) =>
    trace.layers[k]?.atKink ? markFirstLine(text, paint.mark(' †')) : text;
  table.push(['0', paint.dim('input x'), feedsKink(0, cells.vectorCell(trace.x, 'x')), '', '']);
  for (const layer of trace.layers) {
    const { k } = layer;
    const spec = network.specs[k - 1] as LayerSpec;
    const kind = kindOf(spec);
    // Cells are made in the order they are read, so that what goes under the table follows it.
    const output = feedsKink(k, cells.vectorCell(layer.output, `o^${k}`));
    let delta = cells.vectorCell(layer.delta, `δ^${k}`);
    if (layer.atKink) {
      delta = markFirstLine(delta, paint.mark(' †'));
      const other = conventions.find((convention) => convention.k === k);
      notes.push(
        kinkNote(k, layer.input.length, layer.atKink, spec) +
          (other ? otherNote(ar, other, spec) : ''),
      );
    }
    const gradients = [
      layer.weightGrad && cells.matrixCell('δw', layer.weightGrad, `δw^${k}`),
      layer.biasGrad && `δb: ${cells.vectorCell(layer.biasGrad, `δb^${k}`)}`,
    ].filter(Boolean);
    table.push([
      String(k),
      `${kind.describe(spec)}\n${paint.dim(kind.formula)}`,
      output,
      delta,
      gradients.join('\n'),
    ]);
  }
  const loss = cells.value(trace.loss, 'Loss');
  table.push([
    String(n + 1),
    `loss: ${network.lossName}\n${paint.dim(network.loss.formula)}\n` +
      paint.dim(network.loss.deltaFormula),
    // An approximate loss of an exact run reads "Loss ≈ 2.579", not "Loss = ≈ 2.579".
    `Loss${loss.startsWith('≈') ? '' : ' ='} ${loss}`,
    cells.vectorCell(trace.lossDelta, `δ^${n + 1}`),
    '',
  ]);

  const heading = `${title}: x = ${showInline(ar, trace.x)}, y = ${showInline(ar, trace.y)}`;
  const marked = notes.map((note) => paint.mark(note));
  return [paint.heading(heading), table.toString(), ...marked, ...cells.lines].join('\n');
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

/** The derivative at 0 that `reluAtZero` picks: its value for relu, 1 or the slope for leaky. */
function derivativeAtZero(spec: LayerSpec, reluAtZero: 0 | 1): string {
  if (spec.kind === 'leaky-relu' && reluAtZero === 0) return 'the slope a (reluAtZero 0)';
  return `${reluAtZero}`;
}

/** What the other convention gives: every value that changes, or that none does. */
function otherNote<N>(ar: Network<N>['ar'], other: OtherConvention<N>, spec: LayerSpec): string {
  const taken = `Taken as ${derivativeAtZero(spec, other.other)}`;
  if (other.changes.length === 0) return ` ${taken}, no value would change.`;
  const show = (items: N[] | N[][]): string => {
    const texts = items.map((item) => (Array.isArray(item) ? show(item) : ar.format(item)));
    return texts.length === 1 ? texts[0] : `(${texts.join(', ')})`;
  };
  const changes = other.changes.map(({ name, values }) => `${name} = ${show(values)}`);
  return ` ${taken}: ${changes.join(', ')}.`;
}
