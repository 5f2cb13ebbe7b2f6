import sys

# best[i] = longest increasing run ending at i, from every earlier j: O(n^2).
data = sys.stdin.buffer.read().split()
n = int(data[0])
values = [int(x) for x in data[1 : 1 + n]]
best = [1] * n
for i in range(n):
    for j in range(i):
        if values[j] < values[i] and best[j] + 1 > best[i]:
            best[i] = best[j] + 1
print(max(best))
