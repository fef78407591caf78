import type { Forward } from '../layers/index.js';
import type { Network } from './network.js';
import type { LayerTrace, Trace } from './trace.js';

/** Runs one sample forward, through the loss, and backward; nothing is mutated. */
export function runSample<N>(network: Network<N>, x: readonly N[], y: readonly N[]): Trace<N> {
  const passes: Forward<N>[] = [];
  let output: readonly N[] = x;
  for (const layer of network.layers) {
    const pass = layer.forward(output);
    passes.push(pass);
    output = pass.output;
  }

  const { loss, delta: lossDelta } = network.loss.evaluate(network.ar, output, y);

  const layers: LayerTrace<N>[] = [];
  let delta: readonly N[] = lossDelta;
  for (let index = passes.length - 1; index >= 0; index -= 1) {
    const pass = passes[index];
    const gradients = pass.backward(delta);
    layers[index] = {
      k: index + 1,
      input: index === 0 ? [...x] : passes[index - 1].output,
      output: pass.output,
      ...gradients,
      ...(pass.atKink?.length ? { atKink: pass.atKink } : {}),
    };
    delta = gradients.delta;
  }

  return { x: [...x], y: [...y], layers, loss, lossDelta };
}
