import sys
from collections import Counter


def top_k_frequent(values, k):
    counts = Counter(values)
    return sorted(counts, key=lambda value: (-counts[value], value))[:k]


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = [int(x) for x in data[2 : 2 + n]]
    print(" ".join(map(str, top_k_frequent(values, k))))


main()
