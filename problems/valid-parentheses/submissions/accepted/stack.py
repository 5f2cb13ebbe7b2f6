import sys

CLOSING = {")": "(", "]": "[", "}": "{"}


def is_valid(text):
    stack = []
    for c in text:
        if c in CLOSING:
            if not stack or stack.pop() != CLOSING[c]:
                return False
        else:
            stack.append(c)
    return not stack


def main():
    lines = sys.stdin.read().split()
    t = int(lines[0])
    print("\n".join("YES" if is_valid(s) else "NO" for s in lines[1 : 1 + t]))


main()
