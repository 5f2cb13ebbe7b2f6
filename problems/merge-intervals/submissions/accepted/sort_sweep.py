import sys


def merge_intervals(intervals):
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def main():
    data = list(map(int, sys.stdin.buffer.read().split()))
    n = data[0]
    intervals = list(zip(data[1 : 1 + 2 * n : 2], data[2 : 2 + 2 * n : 2]))
    merged = merge_intervals(intervals)
    lines = [str(len(merged))] + [f"{start} {end}" for start, end in merged]
    print("\n".join(lines))


main()
