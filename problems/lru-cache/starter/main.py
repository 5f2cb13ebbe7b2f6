import sys


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity

    def get(self, key):
        # TODO: the value of key, or -1; reading counts as a use
        return -1

    def put(self, key, value):
        # TODO: store value; evict the least recently used key when full
        pass


def main():
    data = sys.stdin.buffer.read().split()
    cache = LRUCache(int(data[0]))
    q, pos, out = int(data[1]), 2, []
    for _ in range(q):
        if data[pos] == b"get":
            out.append(str(cache.get(int(data[pos + 1]))))
            pos += 2
        else:
            cache.put(int(data[pos + 1]), int(data[pos + 2]))
            pos += 3
    print("\n".join(out))


main()
