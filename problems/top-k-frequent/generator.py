"""Writes data/sample and data/secret for Top K Frequent. Deterministic: python3 generator.py"""
import random
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def top_k(values, k):
    counts = Counter(values)
    return sorted(counts, key=lambda v: (-counts[v], v))[:k]


def write(group, name, values, k):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(values)} {k}\n{' '.join(map(str, values))}\n")
    (folder / f"{name}.ans").write_text(" ".join(map(str, top_k(values, k))) + "\n")


def skewed(rng, n, distinct):
    pool = rng.sample(range(10**6), distinct)
    weights = [1 / (i + 1) for i in range(distinct)]
    return rng.choices(pool, weights, k=n)


def main():
    rng = random.Random(21)
    write("sample", "1", [1, 1, 1, 2, 2, 3], 2)
    write("sample", "2", [4, 4, 7, 7, 5], 2)
    write("secret", "01-one", [9], 1)
    write("secret", "02-all-ties", [5, 3, 8, 1, 9, 2], 6)
    write("secret", "03-small", skewed(rng, 500, 60), 10)
    write("secret", "04-large", skewed(rng, 150_000, 50_000), 1000)


main()
