"""Writes data/sample and data/secret. Deterministic: python3 generator.py"""
import random
from pathlib import Path

HERE = Path(__file__).parent


def longest(codes):
    last, start, best = {}, 0, 0
    for i, c in enumerate(codes):
        if last.get(c, -1) >= start:
            start = last[c] + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best


def write(group, name, codes):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(codes)}\n{' '.join(map(str, codes))}\n")
    (folder / f"{name}.ans").write_text(f"{longest(codes)}\n")


def long_runs(rng, n, run):
    """Runs of `run` distinct codes, each run reusing a few codes of the previous one."""
    codes = []
    while len(codes) < n:
        codes.extend(rng.sample(range(1, 1_000_001), run))
    return codes[:n]


def main():
    rng = random.Random(3)
    write("sample", "1", [1, 2, 3, 1, 2, 3, 2, 2])
    write("sample", "2", [2, 2, 2, 2, 2])
    write("sample", "3", [16, 23, 23, 11, 23, 5, 11])
    write("secret", "01-one", [42])
    write("secret", "02-abba", [1, 2, 2, 1])
    write("secret", "03-all-distinct", list(range(1000, 0, -1)))
    write("secret", "04-small-alphabet", [rng.randint(1, 30) for _ in range(50_000)])
    write("secret", "05-long-runs", long_runs(rng, 150_000, 60_000))


main()
