import sys
from collections import OrderedDict

# Evicts the oldest inserted key (FIFO): reading a key does not refresh it.
data = sys.stdin.buffer.read().split()
capacity, q, pos = int(data[0]), int(data[1]), 2
cache, out = OrderedDict(), []
for _ in range(q):
    if data[pos] == b"get":
        out.append(str(cache.get(data[pos + 1], -1)))
        pos += 2
    else:
        key = data[pos + 1]
        if key not in cache and len(cache) >= capacity:
            cache.popitem(last=False)
        cache[key] = int(data[pos + 2])
        pos += 3
print("\n".join(out))
