const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function topKFrequent(values, k) {
  // TODO: the k most frequent values, most frequent first, ties by smaller value
  return values.slice(0, k);
}

const [n, k] = data;
console.log(topKFrequent(data.slice(2, 2 + n), k).join(" "));
