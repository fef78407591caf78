import Table from 'cli-table3';
import type { Network, Step, Trace, Training, TrainSettings } from '../engine/index.js';
import { kindOf, type LayerSpec, type ParameterName, type Parameters } from '../layers/index.js';
import type { Arithmetic } from '../numbers/index.js';
import { CellValues, indexed } from './long-values.js';
import { kinkNote, showInline } from './table.js';
import { markFirstLine, type Paint, showValue } from './values.js';

export interface TrainingView {
  /** Each sample's δw^k and δb^k beside the batch's sum. */
  verbose: boolean;
}

/** The settings, the parameters before, a table per step, then the forward pass after. */
export function renderTraining<N>(
  network: Network<N>,
  training: Training<N>,
  settings: TrainSettings<N>,
  paint: Paint,
  view: TrainingView,
): string {
  const { ar } = network;
  const total = training.steps.length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const heading =
    `Training: α = ${showValue(ar, settings.lr)}, ` +
    `${plural(settings.epochs, 'epoch')}, ${plural(total, 'step')} of batch ${settings.batch}, ` +
    `reduction ${settings.reduction}`;
  return [
    paint.heading(heading),
    parameterTable(network, 'Parameters before training', '', paint),
    ...training.steps.map((step) => stepTable(network, step, total, paint, view)),
    parameterTable(training.network, `Parameters after ${plural(total, 'step')}`, '', paint),
    finalTable(training, paint),
  ].join('\n\n');
}

function stepTable<N>(
  before: Network<N>,
  step: Step<N>,
  total: number,
  paint: Paint,
  view: TrainingView,
): string {
  const cells = new CellValues(step.network.ar);
  const several = step.samples.length > 1;
  const table = newTable(
    ['k', 'layer L^k', 'δ^k = ∂Loss/∂X^k', 'δw^k, δb^k', 'Ŵ^k = W^k − α·δw^k, b̂^k'],
    paint,
  );
  const kinks = new Set<string>();
  const perSample = (text: (trace: Trace<N>, tag: string) => string) =>
    step.traces
      .map((trace, i) => {
        const tag = several ? ` of sample ${step.samples[i] + 1}` : '';
        return several ? `#${step.samples[i] + 1}: ${text(trace, tag)}` : text(trace, tag);
      })
      .join('\n');

  before.specs.forEach((state, index) => {
    const k = index + 1;
    const spec = state as LayerSpec;
    const delta = (trace: Trace<N>, tag: string) => {
      const layer = trace.layers[index];
      const text = cells.vector(layer.delta, (i) => `${indexed(`δ^${k}`, i)}${tag}`);
      if (!layer.atKink) return text;
      kinks.add(kinkNote(k, layer.input.length, layer.atKink, spec));
      return markFirstLine(text, paint.mark(' †'));
    };
    const gradients: string[] = [];
    const batch = { weightGrad: step.weightGrad[k], biasGrad: step.biasGrad[k] };
    const sum = gradientText(cells, k, batch, '');
    if (sum && view.verbose && several) {
      gradients.push(perSample((trace, tag) => gradientText(cells, k, trace.layers[index], tag)));
      gradients.push(`Σ: ${sum}`);
    } else if (sum) {
      gradients.push(sum);
    }
    table.push([
      String(k),
      layerText(spec, paint, false),
      perSample(delta),
      gradients.join('\n'),
      parameterText(cells, k, step.network.specs[index], '^', paint),
    ]);
  });
  const n = before.specs.length;
  table.push([
    String(n + 1),
    `loss: ${before.lossName}`,
    perSample((trace, tag) =>
      cells.vector(trace.lossDelta, (i) => `${indexed(`δ^${n + 1}`, i)}${tag}`),
    ),
    '',
    '',
  ]);

  const lines = [paint.heading(stepHeading(step.network.ar, step, total))];
  if (several) lines.push(batchNote(step.network.ar, step));
  return [...lines, table.toString(), ...[...kinks].map(paint.mark), ...cells.lines].join('\n');
}

function stepHeading<N>(ar: Arithmetic<N>, step: Step<N>, total: number): string {
  const first = step.samples[0] + 1;
  const last = step.samples[step.samples.length - 1] + 1;
  const trace = step.traces[0];
  const which =
    first === last
      ? `sample ${first}: x = ${showInline(ar, trace.x)}, y = ${showInline(ar, trace.y)}`
      : `samples ${first}–${last}`;
  return (
    `Epoch ${step.epoch}, step ${step.step} of ${total}: ${which}; ` +
    `Loss = ${showValue(ar, step.loss)}`
  );
}

function batchNote<N>(ar: Arithmetic<N>, step: Step<N>): string {
  const losses = step.traces
    .map((trace, i) => `Loss_${step.samples[i] + 1} = ${showValue(ar, trace.loss)}`)
    .join(', ');
  const factor = ar.format(step.factor);
  const combined =
    factor === ar.format(ar.one)
      ? 'Loss is their sum'
      : `Loss = ${factor} · their sum (the mean), so every δ below carries the factor ${factor}`;
  return `${losses}; ${combined}.`;
}

function layerText(spec: LayerSpec, paint: Paint, formula: boolean): string {
  const kind = kindOf(spec);
  const frozen = (spec as { frozen?: ParameterName[] }).frozen;
  const lines = [kind.describe(spec), ...(formula ? [paint.dim(kind.formula)] : [])];
  if (frozen) lines.push(paint.mark(`frozen: ${frozen.join(', ')}`));
  return lines.join('\n');
}

function gradientText<N>(
  cells: CellValues<N>,
  k: number,
  gradients: { weightGrad?: N[][]; biasGrad?: N[] },
  tag: string,
): string {
  const { weightGrad, biasGrad } = gradients;
  return [
    weightGrad && `δw:\n${cells.matrix(weightGrad, (i, j) => `${indexed(`δw^${k}`, i, j)}${tag}`)}`,
    biasGrad && `δb: ${cells.vector(biasGrad, (i) => `${indexed(`δb^${k}`, i)}${tag}`)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** `W:` and `b:` of layer k; `hat` is `^` for the new values of a step (Ŵ^k_i,j), else ''. */
function parameterText<N>(
  cells: CellValues<N>,
  k: number,
  spec: unknown,
  hat: string,
  paint: Paint,
): string {
  const { weights, bias } = spec as Parameters<N>;
  const frozen = (spec as { frozen?: ParameterName[] }).frozen ?? [];
  const mark = (name: ParameterName) => (frozen.includes(name) ? paint.mark(' (frozen)') : '');
  const [w, b] = hat ? ['Ŵ', 'b̂'] : ['W', 'b'];
  return [
    weights &&
      `W${mark('weights')}:\n${cells.matrix(weights, (i, j) => indexed(`${w}^${k}`, i, j))}`,
    bias && `b${mark('bias')}: ${cells.vector(bias, (i) => indexed(`${b}^${k}`, i))}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function parameterTable<N>(network: Network<N>, title: string, hat: string, paint: Paint): string {
  const cells = new CellValues(network.ar);
  const table = newTable(['k', 'layer L^k', 'W^k, b^k'], paint);
  network.specs.forEach((state, index) => {
    const text = parameterText(cells, index + 1, state, hat, paint);
    if (text) table.push([String(index + 1), layerText(state as LayerSpec, paint, true), text]);
  });
  return [paint.heading(title), table.toString(), ...cells.lines].join('\n');
}

function finalTable<N>(training: Training<N>, paint: Paint): string {
  const { ar } = training.network;
  const cells = new CellValues(ar);
  const n = training.network.specs.length;
  const table = newTable(
    ['sample', 'x', 'y', `o^${n} before`, `o^${n} after`, 'Loss before', 'Loss after'],
    paint,
  );
  training.after.traces.forEach((after, s) => {
    const before = training.before.traces[s];
    const output = (trace: Trace<N>, when: string) =>
      cells.vector(
        trace.layers[n - 1].output,
        (i) => `${indexed(`o^${n}`, i)} of sample ` + `${s + 1} ${when}`,
      );
    table.push([
      String(s + 1),
      showInline(ar, after.x),
      showInline(ar, after.y),
      output(before, 'before'),
      output(after, 'after'),
      cells.value(before.loss, `Loss of sample ${s + 1} before`),
      cells.value(after.loss, `Loss of sample ${s + 1} after`),
    ]);
  });
  const totals =
    `Total loss: ${cells.value(training.before.totalLoss, 'the total loss before')}` +
    ` before, ${cells.value(training.after.totalLoss, 'the total loss after')} after`;
  return [
    paint.heading('Forward pass with the new parameters'),
    table.toString(),
    totals,
    ...cells.lines,
  ].join('\n');
}

function newTable(head: string[], paint: Paint): Table.Table {
  // Colours come from `paint` only: cli-table3 would otherwise write its own into pipes.
  return new Table({ head: head.map(paint.heading), style: { head: [], border: [] } });
}
