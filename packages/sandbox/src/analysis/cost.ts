/** n^n · log^log n, or exponential: the shape of a complexity estimate. */
export interface Cost {
  n: number;
  log: number;
  exp: boolean;
}

export const ONE: Cost = { n: 0, log: 0, exp: false };
export const LINEAR: Cost = { n: 1, log: 0, exp: false };
export const LOG: Cost = { n: 0, log: 1, exp: false };

export function times(a: Cost, b: Cost): Cost {
  return { n: a.n + b.n, log: a.log + b.log, exp: a.exp || b.exp };
}

export function larger(a: Cost, b: Cost): Cost {
  if (a.exp !== b.exp) return a.exp ? a : b;
  if (a.n !== b.n) return a.n > b.n ? a : b;
  return a.log >= b.log ? a : b;
}

export function formatCost(cost: Cost): string {
  if (cost.exp) return "O(2^n)";
  const n = cost.n === 0 ? "" : cost.n === 1 ? "n" : `n^${cost.n}`;
  const log = cost.log === 0 ? "" : cost.log === 1 ? "log n" : `log^${cost.log} n`;
  return `O(${[n, log].filter(Boolean).join(" ") || "1"})`;
}
