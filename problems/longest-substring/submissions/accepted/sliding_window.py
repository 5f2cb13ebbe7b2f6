import sys


def longest_distinct(codes):
    last_seen = {}
    start = best = 0
    for i, code in enumerate(codes):
        previous = last_seen.get(code, -1)
        if previous >= start:
            start = previous + 1
        last_seen[code] = i
        best = max(best, i - start + 1)
    return best


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(longest_distinct(data[1 : 1 + n]))


main()
