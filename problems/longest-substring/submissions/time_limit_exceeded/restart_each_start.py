import sys

# From every start, extend until a repeat: O(n * answer).
data = sys.stdin.buffer.read().split()
n = int(data[0])
codes = data[1 : 1 + n]
best = 0
for start in range(n):
    seen = set()
    for code in codes[start:]:
        if code in seen:
            break
        seen.add(code)
    best = max(best, len(seen))
print(best)
