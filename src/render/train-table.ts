import Table from 'cli-table3';
import type {
  LayerTrace,
  Network,
  Step,
  Trace,
  Training,
  TrainSettings,
} from '../engine/index.js';
import { kindOf, type LayerSpec, type ParameterName, type Parameters } from '../layers/index.js';
import type { Arithmetic } from '../numbers/index.js';
import { kinkNote } from './table.js';
import { type Paint, showMatrix, showValue, showVector } from './values.js';

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
  const epochs = `${settings.epochs} epoch${settings.epochs === 1 ? '' : 's'}`;
  const heading = `Training: α = ${showValue(ar, settings.lr)}, ${epochs}, ` +
    `${total} step${total === 1 ? '' : 's'} of batch ${settings.batch}, ` +
    `reduction ${settings.reduction}`;
  return [
    paint.heading(heading),
    parameterTable(network, 'Parameters before training', paint),
    ...training.steps.map((step) => stepTable(network, step, total, paint, view)),
    parameterTable(training.network, `Parameters after ${total} step${total === 1 ? '' : 's'}`,
      paint),
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
  const { ar } = step.network;
  const several = step.samples.length > 1;
  const table = new Table({
    head: ['k', 'layer L^k', 'δ^k = ∂Loss/∂X^k', 'δw^k, δb^k', 'Ŵ^k = W^k − α·δw^k, b̂^k'].map(
      paint.heading,
    ),
    style: { head: [], border: [] },
  });
  const notes = new Set<string>();
  const perSample = (values: (trace: Trace<N>) => string) =>
    step.traces
      .map((trace, i) => (several ? `#${step.samples[i] + 1}: ${values(trace)}` : values(trace)))
      .join('\n');

  before.specs.forEach((state, index) => {
    const k = index + 1;
    const spec = state as LayerSpec;
    const gradients: string[] = [];
    if (view.verbose && several) {
      gradients.push(perSample((trace) => gradientText(ar, trace.layers[index])));
    }
    const sum = gradientText(ar, { weightGrad: step.weightGrad[k], biasGrad: step.biasGrad[k] });
    if (sum) gradients.push(view.verbose && several ? `Σ: ${sum}` : sum);
    const delta = (trace: Trace<N>) => {
      const layer = trace.layers[index];
      if (!layer.atKink) return showVector(ar, layer.delta);
      notes.add(kinkNote(k, layer.input.length, layer.atKink, spec));
      return `${showVector(ar, layer.delta)}${paint.mark(' †')}`;
    };
    table.push([
      String(k),
      layerText(spec, paint, false),
      perSample(delta),
      gradients.join('\n'),
      parameterText(ar, step.network.specs[index], paint),
    ]);
  });
  table.push([
    String(before.specs.length + 1),
    `loss: ${before.lossName}`,
    perSample((trace) => showVector(ar, trace.lossDelta)),
    '',
    '',
  ]);

  const lines = [paint.heading(stepHeading(ar, step, total))];
  if (several) lines.push(batchNote(ar, step));
  return [...lines, table.toString(), ...[...notes].map(paint.mark)].join('\n');
}

function stepHeading<N>(ar: Arithmetic<N>, step: Step<N>, total: number): string {
  const first = step.samples[0] + 1;
  const last = step.samples[step.samples.length - 1] + 1;
  const which = first === last ? `sample ${first}` : `samples ${first}–${last}`;
  const trace = step.traces[0];
  const data = first === last
    ? `: x = ${inline(ar, trace.x)}, y = ${inline(ar, trace.y)}`
    : '';
  return `Epoch ${step.epoch}, step ${step.step} of ${total}: ${which}${data}; ` +
    `Loss = ${showValue(ar, step.loss)}`;
}

function batchNote<N>(ar: Arithmetic<N>, step: Step<N>): string {
  const losses = step.traces
    .map((trace, i) => `Loss_${step.samples[i] + 1} = ${showValue(ar, trace.loss)}`)
    .join(', ');
  const factor = ar.format(step.factor);
  const combined = factor === ar.format(ar.one)
    ? 'Loss is their sum'
    : `Loss = ${factor} · their sum (the mean), so every δ below carries the factor ${factor}`;
  return `${losses}; ${combined}.`;
}

function layerText(spec: LayerSpec, paint: Paint, formula = true): string {
  const kind = kindOf(spec);
  const frozen = (spec as { frozen?: ParameterName[] }).frozen;
  const lines = [kind.describe(spec), ...(formula ? [paint.dim(kind.formula)] : [])];
  if (frozen) lines.push(paint.mark(`frozen: ${frozen.join(', ')}`));
  return lines.join('\n');
}

function gradientText<N>(
  ar: Arithmetic<N>,
  gradients: Pick<LayerTrace<N>, 'weightGrad' | 'biasGrad'>,
): string {
  return [
    gradients.weightGrad && `δw:\n${showMatrix(ar, gradients.weightGrad)}`,
    gradients.biasGrad && `δb: ${showVector(ar, gradients.biasGrad)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function parameterText<N>(ar: Arithmetic<N>, spec: unknown, paint: Paint): string {
  const { weights, bias } = spec as Parameters<N>;
  const frozen = (spec as { frozen?: ParameterName[] }).frozen ?? [];
  const mark = (name: ParameterName) => (frozen.includes(name) ? paint.mark(' (frozen)') : '');
  return [
    weights && `W${mark('weights')}:\n${showMatrix(ar, weights)}`,
    bias && `b${mark('bias')}: ${showVector(ar, bias)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function parameterTable<N>(network: Network<N>, title: string, paint: Paint): string {
  const table = new Table({
    head: ['k', 'layer L^k', 'W^k, b^k'].map(paint.heading),
    style: { head: [], border: [] },
  });
  network.specs.forEach((state, index) => {
    const text = parameterText(network.ar, state, paint);
    if (text) table.push([String(index + 1), layerText(state as LayerSpec, paint), text]);
  });
  return [paint.heading(title), table.toString()].join('\n');
}

function finalTable<N>(training: Training<N>, paint: Paint): string {
  const { ar } = training.network;
  const n = training.network.specs.length;
  const table = new Table({
    head: ['sample', 'x', 'y', `o^${n} before`, `o^${n} after`, 'Loss before', 'Loss after'].map(
      paint.heading,
    ),
    style: { head: [], border: [] },
  });
  training.after.traces.forEach((after, s) => {
    const before = training.before.traces[s];
    const output = (trace: Trace<N>) => showVector(ar, trace.layers[n - 1].output);
    table.push([
      String(s + 1),
      inline(ar, after.x),
      inline(ar, after.y),
      output(before),
      output(after),
      showValue(ar, before.loss),
      showValue(ar, after.loss),
    ]);
  });
  const totals = `Total loss: ${showValue(ar, training.before.totalLoss)} before, ` +
    `${showValue(ar, training.after.totalLoss)} after`;
  return [paint.heading('Forward pass with the new parameters'), table.toString(), totals]
    .join('\n');
}

function inline<N>(ar: Arithmetic<N>, values: readonly N[]): string {
  const texts = values.map((value) => ar.format(value));
  return texts.length === 1 ? texts[0] : `(${texts.join(', ')})`;
}
