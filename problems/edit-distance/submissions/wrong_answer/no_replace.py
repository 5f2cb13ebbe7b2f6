import sys

# Allows only insertions and deletions (len(a) + len(b) - 2 * LCS): a replacement costs 2 instead of 1.
a, b = sys.stdin.read().split()
previous = [0] * (len(b) + 1)
for x in a:
    current = [0]
    for j, y in enumerate(b, 1):
        current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
    previous = current
print(len(a) + len(b) - 2 * previous[-1])
