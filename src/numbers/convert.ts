import { Fraction } from 'mathjs';

/** `T` with every exact number of the network file replaced by a backend's `N`. */
export type WithNumbers<T, N> = T extends Fraction
  ? N
  : T extends readonly (infer E)[]
    ? WithNumbers<E, N>[]
    : T extends object
      ? { [K in keyof T]: WithNumbers<T[K], N> }
      : T;

/** Replaces every fraction inside `value` (arrays and plain objects) by `convert(fraction)`. */
export function withNumbers<T, N>(value: T, convert: (value: Fraction) => N): WithNumbers<T, N> {
  const walk = (item: unknown): unknown => {
    if (item instanceof Fraction) return convert(item);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value) as WithNumbers<T, N>;
}
