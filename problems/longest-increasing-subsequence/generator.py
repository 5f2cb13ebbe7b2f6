"""Writes data/sample and data/secret for LIS. Deterministic: python3 generator.py"""
import bisect
import random
from pathlib import Path

HERE = Path(__file__).parent


def lis(values):
    tails = []
    for v in values:
        i = bisect.bisect_left(tails, v)
        tails[i : i + 1] = [v]
    return len(tails)


def write(group, name, values):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(values)}\n{' '.join(map(str, values))}\n")
    (folder / f"{name}.ans").write_text(f"{lis(values)}\n")


def main():
    rng = random.Random(17)
    write("sample", "1", [10, 9, 2, 5, 3, 7, 101, 18])
    write("sample", "2", [0, 1, 0, 3, 2, 3])
    write("secret", "01-equal", [7, 7, 7, 7, 7])
    write("secret", "02-decreasing", list(range(1000, 0, -1)))
    write("secret", "03-negative", [rng.randint(-10**9, 10**9) for _ in range(2_000)])
    trend = [i * 40 + rng.randint(-5_000, 5_000) for i in range(100_000)]
    write("secret", "04-noisy-trend", trend)
    write("secret", "05-random", [rng.randint(0, 10**6) for _ in range(60_000)])


main()
