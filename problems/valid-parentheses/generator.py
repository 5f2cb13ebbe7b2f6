"""Writes data/sample and data/secret for Valid Parentheses. Deterministic: python3 generator.py"""
import random
from pathlib import Path

HERE = Path(__file__).parent
PAIRS = {")": "(", "]": "[", "}": "{"}


def valid(s):
    stack = []
    for c in s:
        if c in PAIRS:
            if not stack or stack.pop() != PAIRS[c]:
                return False
        else:
            stack.append(c)
    return not stack


def balanced(rng, length):
    """A valid string of about `length` characters, deeply nested."""
    out, stack = [], []
    while len(out) + len(stack) < length:
        if stack and rng.random() < 0.45:
            out.append({"(": ")", "[": "]", "{": "}"}[stack.pop()])
        else:
            c = rng.choice("([{")
            stack.append(c)
            out.append(c)
    out.extend({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(stack))
    return "".join(out)


def spoil(rng, s):
    i = rng.randrange(len(s))
    return s[:i] + rng.choice("()[]{}".replace(s[i], "")) + s[i + 1 :]


def write(group, name, strings):
    folder = HERE / "data" / group
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.in").write_text(f"{len(strings)}\n" + "".join(s + "\n" for s in strings))
    (folder / f"{name}.ans").write_text("".join(("YES" if valid(s) else "NO") + "\n" for s in strings))


def main():
    rng = random.Random(7)
    write("sample", "1", ["()", "()[]{}", "(]", "([)]", "{[]}"])
    write("secret", "01-edges", ["(", ")", "((", "))((", "[", "{}}", "([]{})", "((((((((((()))))))))))"])
    small = [balanced(rng, rng.randint(1, 40)) for _ in range(300)]
    write("secret", "02-small", [spoil(rng, s) if i % 3 == 0 else s for i, s in enumerate(small)])
    write("secret", "03-large-valid", [balanced(rng, 300_000)])
    opening = "".join(rng.choice("([{") for _ in range(150_000))
    deep = opening + "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opening))
    write("secret", "05-deep", [deep, deep[:-1] + "("])
    write("secret", "04-large-mixed", [balanced(rng, 200_000), spoil(rng, balanced(rng, 200_000)), "(" * 100_000])


main()
