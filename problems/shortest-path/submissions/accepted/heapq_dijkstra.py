import heapq
import sys


def shortest_distances(n, graph):
    dist = [float("inf")] * (n + 1)
    dist[1] = 0.0
    heap = [(0.0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist[1:]


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    graph = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = data[2 + 3 * i : 5 + 3 * i]
        graph[int(u)].append((int(v), float(w)))
    dist = shortest_distances(n, graph)
    print("\n".join("-1" if d == float("inf") else f"{d:.6f}" for d in dist))


main()
