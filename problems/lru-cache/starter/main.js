const data = require("node:fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
  }

  get(key) {
    // TODO: the value of key, or -1; reading counts as a use
    return -1;
  }

  put(key, value) {
    // TODO: store value; evict the least recently used key when full
  }
}

const cache = new LRUCache(Number(data[0]));
const out = [];
let pos = 2;
for (let op = 0; op < Number(data[1]); op++) {
  if (data[pos] === "get") {
    out.push(cache.get(Number(data[pos + 1])));
    pos += 2;
  } else {
    cache.put(Number(data[pos + 1]), Number(data[pos + 2]));
    pos += 3;
  }
}
console.log(out.join("\n"));
