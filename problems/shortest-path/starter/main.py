import sys


def shortest_distances(n, graph):
    # TODO: graph[u] lists (v, w) roads; return the distance from 1 to each of 1..n (inf if unreachable)
    return [float("inf")] * n


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
