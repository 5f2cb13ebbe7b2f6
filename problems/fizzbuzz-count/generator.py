"""Writes data/sample and data/secret for FizzBuzz Count. Deterministic: python3 generator.py"""
import random
from pathlib import Path

HERE = Path(__file__).parent


def counts(n):
    both = n // 15
    return n // 3 - both, n // 5 - both, both


def write(group, name, queries):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(queries)}\n" + "".join(f"{n}\n" for n in queries))
    (folder / f"{name}.ans").write_text("".join("%d %d %d\n" % counts(n) for n in queries))


def main():
    rng = random.Random(15)
    write("sample", "1", [15, 1, 30])
    write("secret", "01-small", list(range(1, 61)))
    write("secret", "02-medium", [rng.randint(1, 10**7) for _ in range(20)])
    write("secret", "03-huge", [10**15, 10**15 - 1, 999_999_999_999_989] + [rng.randint(1, 10**15) for _ in range(20_000 - 3)])


main()
