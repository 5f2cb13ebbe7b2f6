const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

// A Map iterates in insertion order, so re-inserting a key makes it the most recent.
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.items = new Map();
  }

  get(key) {
    if (!this.items.has(key)) return -1;
    const value = this.items.get(key);
    this.items.delete(key);
    this.items.set(key, value);
    return value;
  }

  put(key, value) {
    if (this.items.has(key)) this.items.delete(key);
    else if (this.items.size >= this.capacity) this.items.delete(this.items.keys().next().value);
    this.items.set(key, value);
  }
}

const cache = new LRUCache(Number(data[0]));
const out = [];
let pos = 2;
for (let op = 0; op < Number(data[1]); op++) {
  if (data[pos] === "get") {
    out.push(cache.get(data[pos + 1]));
    pos += 2;
  } else {
    cache.put(data[pos + 1], data[pos + 2]);
    pos += 3;
  }
}
console.log(out.join("\n"));
