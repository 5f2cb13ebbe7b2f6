"""Writes data/sample and data/secret for Shortest Delivery Routes. Deterministic: python3 generator.py"""
import heapq
import random
from pathlib import Path

HERE = Path(__file__).parent


def shortest(n, edges):
    graph = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        graph[u].append((v, float(w)))
    dist = [None] * (n + 1)
    dist[1] = 0.0
    heap = [(0.0, 1)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in graph[u]:
            if dist[v] is None or d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return dist[1:]


def write(group, name, n, edges):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{n} {len(edges)}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges))
    answers = ["-1" if d is None else f"{d:.6f}" for d in shortest(n, edges)]
    (folder / f"{name}.ans").write_text("\n".join(answers) + "\n")


def weight(rng):
    return f"{rng.randint(1, 10_000_000) / 1000:.3f}"


def random_graph(rng, n, m, unreachable):
    """A backbone path through most nodes (long shortest paths), random shortcuts, a few dead nodes."""
    order = list(range(2, n + 1))
    rng.shuffle(order)
    dead = set(order[:unreachable])
    path = [1] + order[unreachable:]
    edges = [(a, b, weight(rng)) for a, b in zip(path, path[1:])]
    while len(edges) < m:
        u, v = rng.randint(1, n), rng.randint(1, n)
        if u != v and v not in dead:
            edges.append((u, v, weight(rng)))
    rng.shuffle(edges)
    return edges


def main():
    rng = random.Random(12)
    write("sample", "1", 4, [(1, 2, "1.5"), (2, 3, "2.25"), (1, 3, "4"), (3, 1, "1")])
    write("secret", "01-alone", 1, [])
    write("secret", "02-unreachable", 3, [(2, 3, "5"), (3, 2, "0.001")])
    write("secret", "03-parallel", 3, [(1, 2, "10"), (1, 2, "3.333"), (2, 3, "0.667"), (1, 3, "4.001")])
    write("secret", "04-small", 200, random_graph(rng, 200, 600, 5))
    write("secret", "05-large", 20_000, random_graph(rng, 20_000, 50_000, 100))


main()
