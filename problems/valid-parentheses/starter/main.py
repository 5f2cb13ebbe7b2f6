import sys


def is_valid(text):
    # TODO: True when every bracket in text is closed by its kind, in order
    return True


def main():
    lines = sys.stdin.read().split()
    t = int(lines[0])
    print("\n".join("YES" if is_valid(s) else "NO" for s in lines[1 : 1 + t]))


main()
