const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function mergeIntervals(intervals) {
  // TODO: merge overlapping or touching intervals; return them sorted by start
  return intervals;
}

const n = data[0];
const intervals = Array.from({ length: n }, (_, i) => [data[1 + 2 * i], data[2 + 2 * i]]);
const merged = mergeIntervals(intervals);
console.log([merged.length, ...merged.map(([start, end]) => `${start} ${end}`)].join("\n"));
