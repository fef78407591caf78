import * as z from 'zod';
import { kindOf, type LayerSpec, layerSchema } from '../layers/index.js';
import { LOSS_NAMES, LOSSES } from '../losses/index.js';
import { exactNumber, formatVersion, reluAtZero, wholeNumber } from './literals.js';
import { trainSchema } from './train.js';

// Zod compiles object checks with `new Function` unless told not to; a network file is small,
// and no code should be generated from what a user wrote.
z.config({ jitless: true });

const vector = z.array(exactNumber).min(1);

export const sampleSchema = z.strictObject({ x: vector, y: vector });

/** The network file, format 1. */
export const networkSchema = z
  .strictObject({
    $schema: z.string().meta({ description: 'where editors find this schema' }).optional(),
    format: formatVersion.meta({ description: 'the version of this format' }).optional(),
    name: z.string().optional(),
    description: z.string().optional(),
    input: wholeNumber(1).meta({ description: 'the size of x' }),
    reluAtZero: reluAtZero
      .meta({ description: "ReLU's derivative at exactly 0, for every ReLU layer" })
      .optional(),
    layers: z.array(layerSchema).min(1).meta({ description: 'the layers, L^1 first' }),
    loss: z.enum(LOSS_NAMES),
    samples: z
      .array(sampleSchema)
      .meta({ description: 'inputs x and expected outputs y' })
      .optional(),
    train: trainSchema
      .meta({ description: 'defaults of deltaflow train, which its flags override' })
      .optional(),
  })
  .superRefine((network, ctx) => {
    let size = network.input;
    network.layers.forEach((layer, k) => {
      size = kindOf(layer).outputSize(layer, size, (path, message) =>
        ctx.addIssue({ code: 'custom', path: ['layers', k, ...path], message }),
      );
      const frozen: readonly string[] = 'frozen' in layer ? (layer.frozen ?? []) : [];
      frozen.forEach((name, i) => {
        if (!(name in layer)) {
          const message = `"${name}": this layer has no ${name} to freeze`;
          ctx.addIssue({ code: 'custom', path: ['layers', k, 'frozen', i], message });
        }
      });
    });
    network.samples?.forEach((sample, s) => {
      if (sample.x.length !== network.input) {
        ctx.addIssue({
          code: 'custom',
          path: ['samples', s, 'x'],
          message: `has ${sample.x.length} values; input is ${network.input}`,
        });
      }
      if (sample.y.length !== size) {
        ctx.addIssue({
          code: 'custom',
          path: ['samples', s, 'y'],
          message: `has ${sample.y.length} values; the last layer gives ${size}`,
        });
      }
      const problem = LOSSES[network.loss].checkExpected?.(sample.y);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: ['samples', s, 'y'], message: problem });
      }
    });
  })
  .transform(({ reluAtZero = 1, ...network }) => ({
    ...network,
    samples: network.samples ?? [],
    // The file's reluAtZero is the default of every ReLU-like layer that sets none.
    layers: network.layers.map((layer): LayerSpec =>
      layer.kind === 'relu' || layer.kind === 'leaky-relu' ? { reluAtZero, ...layer } : layer,
    ),
  }));

export type NetworkFile = z.output<typeof networkSchema>;

/** The network with `reluAtZero` in every ReLU-like layer, whatever the file said. */
export function withReluAtZero(network: NetworkFile, reluAtZero: 0 | 1): NetworkFile {
  const layers = network.layers.map((layer): LayerSpec =>
    layer.kind === 'relu' || layer.kind === 'leaky-relu' ? { ...layer, reluAtZero } : layer,
  );
  return { ...network, layers };
}

/** The size of the network's output o^n (the file is already checked). */
export function outputSizeOf(network: Pick<NetworkFile, 'input' | 'layers'>): number {
  return network.layers.reduce(
    (size, layer) => kindOf(layer).outputSize(layer, size, () => {}),
    network.input,
  );
}
export type Sample = z.output<typeof sampleSchema>;

/** The JSON Schema of the network file, for editors. */
export function networkJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(networkSchema, {
    io: 'input',
    // Numbers are checked by custom schemas; each states its JSON Schema in its metadata.
    unrepresentable: 'any',
  });
}
