import sys


def merge_intervals(intervals):
    # TODO: merge overlapping or touching intervals; return them sorted by start
    return sorted(intervals)


def main():
    data = list(map(int, sys.stdin.buffer.read().split()))
    n = data[0]
    intervals = list(zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2]))
    merged = merge_intervals(intervals)
    print("\n".join([str(len(merged))] + [f"{start} {end}" for start, end in merged]))


main()
