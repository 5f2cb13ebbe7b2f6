import sys

# Dijkstra without a heap: each step scans every node for the nearest unvisited one, O(n^2).
data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
graph = [[] for _ in range(n + 1)]
for i in range(m):
    graph[int(data[2 + 3 * i])].append((int(data[3 + 3 * i]), float(data[4 + 3 * i])))
INF = float("inf")
dist = [INF] * (n + 1)
done = [False] * (n + 1)
dist[1] = 0.0
for _ in range(n):
    u, best = -1, INF
    for v in range(1, n + 1):
        if not done[v] and dist[v] < best:
            u, best = v, dist[v]
    if u < 0:
        break
    done[u] = True
    for v, w in graph[u]:
        dist[v] = min(dist[v], best + w)
print("\n".join("-1" if d == INF else f"{d:.6f}" for d in dist[1:]))
