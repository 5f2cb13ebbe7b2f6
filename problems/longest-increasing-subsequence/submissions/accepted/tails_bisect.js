const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function longestIncreasing(values) {
  const tails = []; // tails[k] is the smallest last value of an increasing run of length k + 1
  for (const value of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}

console.log(longestIncreasing(data.slice(1, 1 + data[0])));
