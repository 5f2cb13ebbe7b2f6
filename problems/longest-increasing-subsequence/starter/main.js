const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function longestIncreasing(values) {
  // TODO: length of the longest strictly increasing subsequence
  return 0;
}

console.log(longestIncreasing(data.slice(1, 1 + data[0])));
