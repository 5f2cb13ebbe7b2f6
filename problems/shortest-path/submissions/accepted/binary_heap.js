const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

/** A binary min-heap of [distance, node] pairs. */
class MinHeap {
  constructor() {
    this.items = [];
  }

  push(item) {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent][0] <= items[i][0]) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop() {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && items[left][0] < items[smallest][0]) smallest = left;
        if (right < items.length && items[right][0] < items[smallest][0]) smallest = right;
        if (smallest === i) break;
        [items[smallest], items[i]] = [items[i], items[smallest]];
        i = smallest;
      }
    }
    return top;
  }

  get size() {
    return this.items.length;
  }
}

function shortestDistances(n, graph) {
  const dist = new Array(n + 1).fill(Infinity);
  dist[1] = 0;
  const heap = new MinHeap();
  heap.push([0, 1]);
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (d > dist[u]) continue;
    for (const [v, w] of graph[u]) {
      if (d + w < dist[v]) {
        dist[v] = d + w;
        heap.push([d + w, v]);
      }
    }
  }
  return dist.slice(1);
}

const [n, m] = [Number(data[0]), Number(data[1])];
const graph = Array.from({ length: n + 1 }, () => []);
for (let i = 0; i < m; i++) {
  graph[Number(data[2 + 3 * i])].push([Number(data[3 + 3 * i]), Number(data[4 + 3 * i])]);
}
const dist = shortestDistances(n, graph);
console.log(dist.map((d) => (d === Infinity ? "-1" : d.toFixed(6))).join("\n"));
