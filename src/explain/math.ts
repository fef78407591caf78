/**
 * A small language for the formulas of an explanation, rendered as plain text or as LaTeX.
 * An `Expr` is a run of atoms; prose around the formulas is an `Inline`, strings and maths.
 */
import type { Arithmetic } from '../numbers/index.js';

/** 'Σ' is Σ_i, the sum over the outputs i of a layer; 'neg' is a minus sign before a term. */
export type Op = '=' | '≈' | '+' | '−' | 'neg' | '·' | '≥' | '>' | '<' | '≤' | ',' | 'Σ';

/** The functions a derivation applies by name. */
export type FunctionName = 'σ' | 'tanh';

export type Atom =
  | { kind: 'symbol'; name: string; sup?: string; sub?: string }
  /** `approximate` when the value was rounded to be shown, so that it reads ≈, not =. */
  | { kind: 'number'; text: string; approximate?: true }
  | { kind: 'op'; op: Op }
  | { kind: 'word'; text: string }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'group'; inner: Expr }
  /** σ(X), or tanh²(X) with `power` 2 */
  | { kind: 'call'; name: FunctionName; arg: Expr; power?: number }
  | { kind: 'squared'; base: Expr }
  | { kind: 'fraction'; over: Expr; under: Expr }
  /** ∂Loss/∂X^k, or ∂L^k/∂X^k: the derivative of the loss or of the layer L^k. */
  | { kind: 'partial'; of: 'Loss' | 'L'; k: number };

export type Expr = Atom[];

/** Prose with maths in it: `['o^2 = 0 ≥ 0', ', so ', …]`, strings being prose. */
export type Inline = (string | Expr)[];

export const op = (name: Op): Atom => ({ kind: 'op', op: name });
export const literal = (text: string): Atom => ({ kind: 'number', text });
export const word = (text: string): Atom => ({ kind: 'word', text });
export const group = (inner: Expr): Atom => ({ kind: 'group', inner });
export const tuple = (items: Expr[]): Atom => ({ kind: 'tuple', items });
export const partial = (of: 'Loss' | 'L', k: number): Atom => ({ kind: 'partial', of, k });
export const squared = (base: Expr): Atom => ({ kind: 'squared', base });
export const fraction = (over: Expr, under: Expr): Atom => ({ kind: 'fraction', over, under });

export function call(name: FunctionName, arg: Expr, power?: number): Atom {
  return { kind: 'call', name, arg, ...(power === undefined ? {} : { power }) };
}

/** A symbol with an optional superscript k and subscript, as in δ^(k+1)_i. */
export function symbol(name: string, sup?: number | string, sub?: number | string): Atom {
  return {
    kind: 'symbol',
    name,
    ...(sup === undefined ? {} : { sup: String(sup) }),
    ...(sub === undefined ? {} : { sub: String(sub) }),
  };
}

/** o^(k) with o^0 written x, as the reference article does. */
export function output(k: number, sub?: number | string): Atom {
  return k === 0 ? symbol('x', undefined, sub) : symbol('o', k, sub);
}

type NumberAtom = Extract<Atom, { kind: 'number' }>;

/** Significant digits of an approximate value in an explanation, enough to check by hand. */
export const EXPLAIN_DIGITS = 6;

/** An exact value as it is; an approximate one rounded to `EXPLAIN_DIGITS` and marked so. */
export function number<N>(ar: Arithmetic<N>, value: N): NumberAtom {
  if (ar.isExact(value)) return { kind: 'number', text: ar.format(value) };
  const digits = Math.min(EXPLAIN_DIGITS, ar.precision);
  return { kind: 'number', text: ar.approximate(value, digits), approximate: true };
}

/** A value inside a product: in parentheses when it is negative or a fraction. */
export function factor<N>(ar: Arithmetic<N>, value: N): Atom {
  const atom = number(ar, value);
  return /^-|\//.test(atom.text) ? group([atom]) : atom;
}

/** A vector of values; a single value stands alone. */
export function values<N>(ar: Arithmetic<N>, items: readonly N[]): Atom {
  return items.length === 1 ? number(ar, items[0]) : tuple(items.map((item) => [number(ar, item)]));
}

/** Several elements as a tuple; a single one stands alone. */
export function vector(items: Expr[]): Expr {
  return items.length === 1 ? items[0] : [tuple(items)];
}

/** Whether any value in `expr` was rounded to be shown. */
export function isApproximate(expr: Expr): boolean {
  return expr.some((atom) => {
    switch (atom.kind) {
      case 'number':
        return atom.approximate === true;
      case 'tuple':
        return atom.items.some(isApproximate);
      case 'group':
      case 'call':
        return isApproximate(atom.kind === 'group' ? atom.inner : atom.arg);
      case 'squared':
        return isApproximate(atom.base);
      case 'fraction':
        return isApproximate(atom.over) || isApproximate(atom.under);
      default:
        return false;
    }
  });
}

/** `=` before an expression of exact values, `≈` before one with a rounded value. */
export function equals(rhs: Expr): Atom {
  return op(isApproximate(rhs) ? '≈' : '=');
}

/** Joins expressions with an operator between them: a + b + c. */
export function joined(items: Expr[], between: Op): Expr {
  return items.flatMap((item, i) => (i === 0 ? item : [op(between), ...item]));
}

const TEXT_OPS: Record<Op, string> = {
  '=': ' = ',
  '≈': ' ≈ ',
  '+': ' + ',
  '−': ' − ',
  neg: '−',
  '·': ' · ',
  '≥': ' ≥ ',
  '>': ' > ',
  '<': ' < ',
  '≤': ' ≤ ',
  ',': ', ',
  Σ: 'Σ_i ',
};

/** A value or a bare name, which needs no parentheses as a base or in a fraction. */
function isPlain(expr: Expr): boolean {
  if (expr.length !== 1) return false;
  const atom = expr[0];
  if (atom.kind === 'number') return !/^-|\//.test(atom.text);
  return atom.kind === 'symbol' && atom.sup === undefined && atom.sub === undefined;
}

/** A plain part or one symbol, as `y_i` in `y_i/o^2_i`. */
function isSingle(expr: Expr): boolean {
  return isPlain(expr) || (expr.length === 1 && expr[0].kind === 'symbol');
}

const SUPERSCRIPTS: Record<string, string> = { '2': '²', '3': '³' };

function textPower(power: number | undefined): string {
  return power === undefined ? '' : (SUPERSCRIPTS[power] ?? `^${power}`);
}

function textPart(expr: Expr, plain = isPlain(expr)): string {
  return plain ? toText(expr) : `(${toText(expr)})`;
}

function textScript(mark: string, text: string): string {
  return /^[\w]$|^\d+$/.test(text) ? `${mark}${text}` : `${mark}(${text})`;
}

/** δ^(k+1)_i, -1/200, (1, 2): plain text, as in the tables. */
export function toText(expr: Expr): string {
  return expr
    .map((atom) => {
      switch (atom.kind) {
        case 'symbol':
          return (
            atom.name +
            (atom.sup === undefined ? '' : textScript('^', atom.sup)) +
            (atom.sub === undefined ? '' : textScript('_', atom.sub))
          );
        case 'number':
          return atom.text;
        case 'op':
          return TEXT_OPS[atom.op];
        case 'word':
          return ` ${atom.text} `;
        case 'tuple':
          return `(${atom.items.map(toText).join(', ')})`;
        case 'group':
          return `(${toText(atom.inner)})`;
        case 'call':
          return `${atom.name}${textPower(atom.power)}(${toText(atom.arg)})`;
        case 'squared':
          return `${textPart(atom.base)}²`;
        case 'fraction':
          return (
            `${textPart(atom.over, isSingle(atom.over))}/` +
            textPart(atom.under, isSingle(atom.under))
          );
        case 'partial':
          return (
            `∂${atom.of === 'L' ? textScript('L^', String(atom.k)) : 'Loss'}/` +
            `∂${textScript('X^', String(atom.k))}`
          );
      }
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const TEX_OPS: Record<Op, string> = {
  '=': ' = ',
  '≈': ' \\approx ',
  '+': ' + ',
  '−': ' - ',
  neg: '-',
  '·': ' \\cdot ',
  '≥': ' \\geq ',
  '>': ' > ',
  '<': ' < ',
  '≤': ' \\leq ',
  ',': ',\\ ',
  Σ: '\\sum_{i} ',
};

const TEX_NAMES: Record<string, string> = {
  δ: '\\delta',
  δw: '\\delta w',
  δb: '\\delta b',
  Loss: '\\mathit{Loss}',
};

const TEX_FUNCTIONS: Record<FunctionName, string> = { σ: '\\sigma', tanh: '\\tanh' };

/** `-1/200` → `-\frac{1}{200}`, `1.5e-17` → `1.5 \times 10^{-17}`. */
function texNumber(text: string): string {
  const fraction = /^(-?)(\d+)\/(\d+)$/.exec(text);
  if (fraction) return `${fraction[1]}\\frac{${fraction[2]}}{${fraction[3]}}`;
  const scientific = /^(-?[\d.]+)e([+-]?\d+)$/.exec(text);
  if (scientific) return `${scientific[1]} \\times 10^{${Number(scientific[2])}}`;
  return text;
}

function texScript(text: string): string {
  return text.replace(/−/g, '-');
}

/** The same expression in LaTeX maths (amsmath), to sit between `$…$` or in an `align*`. */
export function toTex(expr: Expr): string {
  return expr
    .map((atom) => {
      switch (atom.kind) {
        case 'symbol':
          return (
            (TEX_NAMES[atom.name] ?? atom.name) +
            (atom.sup === undefined ? '' : `^{${texScript(atom.sup)}}`) +
            (atom.sub === undefined ? '' : `_{${texScript(atom.sub)}}`)
          );
        case 'number':
          return texNumber(atom.text);
        case 'op':
          return TEX_OPS[atom.op];
        case 'word':
          return `\\text{ ${atom.text} }`;
        case 'tuple':
          return `\\left(${atom.items.map(toTex).join(',\\ ')}\\right)`;
        case 'group':
          return `\\left(${toTex(atom.inner)}\\right)`;
        case 'call':
          return (
            TEX_FUNCTIONS[atom.name] +
            (atom.power === undefined ? '' : `^{${atom.power}}`) +
            `\\left(${toTex(atom.arg)}\\right)`
          );
        case 'squared':
          return isPlain(atom.base)
            ? `${toTex(atom.base)}^{2}`
            : `\\left(${toTex(atom.base)}\\right)^{2}`;
        case 'fraction':
          return `\\frac{${toTex(atom.over)}}{${toTex(atom.under)}}`;
        case 'partial':
          return (
            `\\frac{\\partial ${atom.of === 'L' ? `L^{${atom.k}}` : '\\mathit{Loss}'}}` +
            `{\\partial X^{${atom.k}}}`
          );
      }
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}
