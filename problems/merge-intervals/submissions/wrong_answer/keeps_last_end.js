// Sorts and sweeps, but overwrites the end instead of taking the maximum, so nested intervals cut it short.
const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const intervals = Array.from({ length: n }, (_, i) => [data[1 + 2 * i], data[2 + 2 * i]]);
intervals.sort((a, b) => a[0] - b[0]);
const merged = [];
for (const [start, end] of intervals) {
  const last = merged[merged.length - 1];
  if (last && start <= last[1]) last[1] = end;
  else merged.push([start, end]);
}
console.log([merged.length, ...merged.map(([s, e]) => `${s} ${e}`)].join("\n"));
