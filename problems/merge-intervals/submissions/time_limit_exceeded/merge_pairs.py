import sys

# Adds intervals one at a time, scanning every merged interval for overlaps: O(n^2).
data = list(map(int, sys.stdin.buffer.read().split()))
n = data[0]
merged = []
for k in range(n):
    start, end = data[1 + 2 * k], data[2 + 2 * k]
    kept = []
    for other in merged:
        if other[0] <= end and start <= other[1]:
            start, end = min(start, other[0]), max(end, other[1])
        else:
            kept.append(other)
    kept.append((start, end))
    merged = kept
merged.sort()
print(len(merged))
print("\n".join(f"{s} {e}" for s, e in merged))
