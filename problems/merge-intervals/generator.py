"""Writes data/sample and data/secret for Merge Intervals. Deterministic: python3 generator.py"""
import random
from pathlib import Path

HERE = Path(__file__).parent


def merged(intervals):
    result = []
    for l, r in sorted(intervals):
        if result and l <= result[-1][1]:
            result[-1][1] = max(result[-1][1], r)
        else:
            result.append([l, r])
    return result


def write(group, name, intervals):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(intervals)}\n" + "".join(f"{l} {r}\n" for l, r in intervals))
    out = merged(intervals)
    (folder / f"{name}.ans").write_text(f"{len(out)}\n" + "".join(f"{l} {r}\n" for l, r in out))


def random_intervals(rng, n, span, width):
    result = []
    for _ in range(n):
        l = rng.randint(0, span)
        result.append((l, min(span, l + rng.randint(0, width))))
    return result


def main():
    rng = random.Random(5)
    write("sample", "1", [(1, 3), (2, 6), (8, 10), (15, 18)])
    write("sample", "2", [(1, 4), (4, 5)])
    write("secret", "01-single", [(7, 7)])
    write("secret", "02-nested", [(1, 10), (2, 3), (4, 5), (0, 0), (11, 12)])
    write("secret", "03-small", random_intervals(rng, 200, 1000, 20))
    disjoint = [(10 * i, 10 * i + 5) for i in range(40_000)]
    rng.shuffle(disjoint)
    write("secret", "04-disjoint", disjoint)
    write("secret", "05-random", random_intervals(rng, 30_000, 10**9, 40_000))


main()
