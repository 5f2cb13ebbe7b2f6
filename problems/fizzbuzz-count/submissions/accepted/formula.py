import sys


def fizz_buzz_counts(n):
    both = n // 15
    return n // 3 - both, n // 5 - both, both


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    lines = ("%d %d %d" % fizz_buzz_counts(int(n)) for n in data[1 : 1 + q])
    print("\n".join(lines))


main()
