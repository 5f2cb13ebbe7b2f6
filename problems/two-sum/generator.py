"""Writes data/sample and data/secret for Two Sum. Deterministic: python3 generator.py"""
import random
from pathlib import Path

HERE = Path(__file__).parent


def write(group, name, nums, target):
    seen = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            answer = f"{seen[target - x]} {j}\n"
            break
        seen.setdefault(x, j)
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(nums)} {target}\n{' '.join(map(str, nums))}\n")
    (folder / f"{name}.ans").write_text(answer)


def unique_pair(rng, n, target, span, pair_at):
    """n values where only the two placed at pair_at sum to target."""
    first = rng.randint(-span, span)
    pair = [first, target - first]
    values, present = [], set(pair)
    while len(values) < n - 2:
        v = rng.randint(-span, span)
        if target - v in present or v in present:
            continue
        values.append(v)
        present.add(v)
    i, j = pair_at
    values.insert(i, pair[0])
    values.insert(j, pair[1])
    return values


def main():
    rng = random.Random(2024)
    write("sample", "1", [2, 7, 11, 15], 9)
    write("sample", "2", [3, 2, 4], 6)
    write("secret", "01-two", [5, 5], 10)
    write("secret", "02-negative", [-3, 8, -10, 4, 1], -9)
    write("secret", "03-small", unique_pair(rng, 50, 17, 100, (20, 41)), 17)
    write("secret", "04-medium", unique_pair(rng, 20_000, 123_456, 10**9, (9_000, 19_990)), 123_456)
    write("secret", "05-large", unique_pair(rng, 100_000, -7, 10**9, (99_990, 99_998)), -7)


main()
