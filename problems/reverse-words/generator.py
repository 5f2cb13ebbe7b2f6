"""Writes data/sample and data/secret for Reverse Words. Deterministic: python3 generator.py"""
import random
import string
from pathlib import Path

HERE = Path(__file__).parent
LETTERS = string.ascii_letters + string.digits + ".,!?'-"


def write(group, name, line):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(line + "\n")
    (folder / f"{name}.ans").write_text(" ".join(reversed(line.split())) + "\n")


def sentence(rng, words, spaces=1):
    parts = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 8))) for _ in range(words)]
    return "".join(p + " " * rng.randint(1, spaces) for p in parts).rstrip()


def main():
    rng = random.Random(11)
    write("sample", "1", "the sky is blue")
    write("sample", "2", "  hello world  ")
    write("secret", "01-one-word", "interview")
    write("secret", "02-spaces", "   a   good    example   ")
    write("secret", "03-medium", sentence(rng, 5_000, spaces=3))
    write("secret", "04-large", sentence(rng, 140_000))


main()
