import sys
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()

    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key, value):
        if key not in self.items and len(self.items) >= self.capacity:
            self.items.popitem(last=False)
        self.items[key] = value
        self.items.move_to_end(key)


def main():
    data = sys.stdin.buffer.read().split()
    cache = LRUCache(int(data[0]))
    q, pos, out = int(data[1]), 2, []
    for _ in range(q):
        if data[pos] == b"get":
            out.append(str(cache.get(data[pos + 1])))
            pos += 2
        else:
            cache.put(data[pos + 1], int(data[pos + 2]))
            pos += 3
    print("\n".join(out))


main()
