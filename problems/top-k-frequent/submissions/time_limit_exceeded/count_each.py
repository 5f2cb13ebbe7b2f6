import sys

# Counts every distinct value with a full scan of the list: O(n * distinct).
data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
values = [int(x) for x in data[2 : 2 + n]]
counts = {value: values.count(value) for value in set(values)}
ranked = sorted(counts, key=lambda value: (-counts[value], value))
print(" ".join(map(str, ranked[:k])))
