"""Writes data/sample and data/secret for Edit Distance. Deterministic: python3 generator.py"""
import random
import string
from pathlib import Path

HERE = Path(__file__).parent


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def write(group, name, a, b):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{a}\n{b}\n")
    (folder / f"{name}.ans").write_text(f"{distance(a, b)}\n")


def mutate(rng, text, edits):
    chars = list(text)
    for _ in range(edits):
        i = rng.randrange(len(chars))
        kind = rng.randrange(3)
        if kind == 0:
            chars[i] = rng.choice("abcd")
        elif kind == 1 and len(chars) > 1:
            del chars[i]
        else:
            chars.insert(i, rng.choice("abcd"))
    return "".join(chars)


def main():
    rng = random.Random(33)
    write("sample", "1", "horse", "ros")
    write("sample", "2", "intention", "execution")
    write("secret", "01-same", "interview", "interview")
    write("secret", "02-one-letter", "a", "b")
    write("secret", "03-disjoint", "aaaa", "bbbbbbb")
    base = "".join(rng.choice("abcd") for _ in range(40))
    write("secret", "04-small", base, mutate(rng, base, 12))
    base = "".join(rng.choice(string.ascii_lowercase[:6]) for _ in range(2000))
    write("secret", "05-large", base, mutate(rng, base, 700)[:2000])


main()
