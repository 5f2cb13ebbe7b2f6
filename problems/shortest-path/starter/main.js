const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function shortestDistances(n, graph) {
  // TODO: graph[u] lists [v, w] roads; return the distance from 1 to each of 1..n (Infinity if unreachable)
  return new Array(n).fill(Infinity);
}

const [n, m] = [Number(data[0]), Number(data[1])];
const graph = Array.from({ length: n + 1 }, () => []);
for (let i = 0; i < m; i++) {
  graph[Number(data[2 + 3 * i])].push([Number(data[3 + 3 * i]), Number(data[4 + 3 * i])]);
}
const dist = shortestDistances(n, graph);
console.log(dist.map((d) => (d === Infinity ? "-1" : d.toFixed(6))).join("\n"));
