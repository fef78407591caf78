/**
 * Common mistakes of a backward pass done by hand, each as the computation it amounts to. A
 * wrong answer is explained by a mistake when it matches what that computation gives there
 * (and the mistake changes the value there at all).
 */
import { kindOf, type LayerSpec } from '../layers/index.js';
import type { LossKind } from '../losses/index.js';
import { type LayerState, type Network, runSample, type Trace } from '../engine/index.js';
import type { Arithmetic } from '../numbers/index.js';
import { reluAtZeroOf, withLoss, withOtherConvention } from '../report/variants.js';

export type MistakeName = 'sign' | 'half' | 'relu-at-zero' | 'update-before-backward';

export interface Mistake<N> {
  name: MistakeName;
  /** What the user did, in words. */
  description: string;
  /** The trace that the mistaken computation gives for the sample of `trace`. */
  trace(trace: Trace<N>): Trace<N>;
}

/** The mistakes that can happen in this network; `learningRate` enables the last one. */
export function mistakesFor<N>(network: Network<N>, learningRate?: N): Mistake<N>[] {
  const rerun = (variant: Network<N>) => (trace: Trace<N>) => runSample(variant, trace.x, trace.y);
  const mistakes: Mistake<N>[] = [
    {
      name: 'sign',
      description: 'the sign is flipped (y − o taken for o − y)',
      trace: rerun(withLoss(network, scaled(network.loss, -1, 1))),
    },
  ];
  if (network.lossName === 'half-squared-error') {
    mistakes.push({
      name: 'half',
      description: 'the ½ of the loss is forgotten',
      // Loss = Σ (X − y)², so δ^(n+1) = 2 (X − y)
      trace: rerun(withLoss(network, scaled(network.loss, 2, 2))),
    });
  }
  const conventions = network.specs.map(reluAtZeroOf).filter((atZero) => atZero !== undefined);
  if (conventions.length > 0) {
    const [taken, other] = conventions.every((atZero) => atZero === 1) ? [0, 1] : [1, 0];
    const ks = network.specs.map((_, index) => index + 1);
    mistakes.push({
      name: 'relu-at-zero',
      description: `ReLU's derivative at 0 taken as ${taken} instead of ${other}`,
      trace: rerun(withOtherConvention(network, ks)),
    });
  }
  if (learningRate !== undefined) {
    mistakes.push({
      name: 'update-before-backward',
      description: 'the weights were updated before δ was pushed back through them',
      trace: (trace) => updatedFirst(network, trace, learningRate),
    });
  }
  return mistakes;
}

/** The loss with its value times `lossFactor` and δ^(n+1) times `deltaFactor`. */
function scaled(loss: LossKind, deltaFactor: number, lossFactor: number): LossKind {
  return {
    ...loss,
    evaluate(ar, output, expected) {
      const value = loss.evaluate(ar, output, expected);
      const times = (factor: number, x: typeof value.loss) => ar.mul(ar.fromInteger(factor), x);
      const delta = value.delta.map((d) => times(deltaFactor, d));
      return { loss: times(lossFactor, value.loss), delta };
    },
  };
}

/**
 * The backward pass done wrongly: at each layer with parameters, δw^k and δb^k are computed,
 * the parameters updated (W ← W − α δw), and δ^k then pushed back through the new weights.
 */
function updatedFirst<N>(network: Network<N>, trace: Trace<N>, rate: N): Trace<N> {
  const { ar } = network;
  const layers = [...trace.layers];
  let delta: readonly N[] = trace.lossDelta;
  for (let index = layers.length - 1; index >= 0; index -= 1) {
    const layer = layers[index];
    const gradients = network.layers[index].forward(layer.input).backward(delta);
    const spec = updated(ar, network.specs[index], gradients, rate);
    const rebuilt = kindOf(spec as LayerSpec).build(spec as never, ar);
    const pushed = rebuilt.forward(layer.input).backward(delta);
    layers[index] = { ...layer, ...gradients, delta: pushed.delta };
    delta = pushed.delta;
  }
  return { ...trace, layers };
}

function updated<N>(
  ar: Arithmetic<N>,
  spec: LayerState<N>,
  gradients: { weightGrad?: N[][]; biasGrad?: N[] },
  rate: N,
): LayerState<N> {
  const { weights, bias } = spec as { weights?: N[][]; bias?: N[] };
  const { weightGrad, biasGrad } = gradients;
  // W ← W − α δw, b ← b − α δb
  const step = (value: N, gradient: N) => ar.sub(value, ar.mul(rate, gradient));
  return {
    ...spec,
    ...(weights && weightGrad
      ? { weights: weights.map((row, i) => row.map((w, j) => step(w, weightGrad[i][j]))) }
      : {}),
    ...(bias && biasGrad ? { bias: bias.map((b, i) => step(b, biasGrad[i])) } : {}),
  } as LayerState<N>;
}
