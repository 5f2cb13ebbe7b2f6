import sys

# Keeps keys in a list in recency order: finding and moving a key is O(capacity) per operation.
data = sys.stdin.buffer.read().split()
capacity, q, pos = int(data[0]), int(data[1]), 2
order, values, out = [], {}, []
for _ in range(q):
    key = data[pos + 1]
    if data[pos] == b"get":
        if key in values:
            order.remove(key)
            order.append(key)
            out.append(str(values[key]))
        else:
            out.append("-1")
        pos += 2
    else:
        if key in values:
            order.remove(key)
        elif len(order) >= capacity:
            del values[order.pop(0)]
        order.append(key)
        values[key] = int(data[pos + 2])
        pos += 3
print("\n".join(out))
