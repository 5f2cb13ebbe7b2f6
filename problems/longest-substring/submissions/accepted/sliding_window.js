const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function longestDistinct(codes) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  codes.forEach((code, i) => {
    const previous = lastSeen.get(code) ?? -1;
    if (previous >= start) start = previous + 1;
    lastSeen.set(code, i);
    best = Math.max(best, i - start + 1);
  });
  return best;
}

console.log(longestDistinct(data.slice(1, 1 + data[0])));
