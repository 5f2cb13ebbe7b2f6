const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function mergeIntervals(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const n = data[0];
const intervals = Array.from({ length: n }, (_, i) => [data[1 + 2 * i], data[2 + 2 * i]]);
const merged = mergeIntervals(intervals);
console.log([merged.length, ...merged.map(([start, end]) => `${start} ${end}`)].join("\n"));
