import sys


def top_k_frequent(values, k):
    # TODO: the k most frequent values, most frequent first, ties by smaller value
    return values[:k]


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    values = [int(x) for x in data[2 : 2 + n]]
    print(" ".join(map(str, top_k_frequent(values, k))))


main()
