import sys
from bisect import bisect_right

# bisect_right counts equal values as increasing: this is the longest non-decreasing subsequence.
data = sys.stdin.buffer.read().split()
tails = []
for value in map(int, data[1:]):
    k = bisect_right(tails, value)
    tails[k : k + 1] = [value]
print(len(tails))
