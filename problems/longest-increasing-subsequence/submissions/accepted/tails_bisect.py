import sys
from bisect import bisect_left


def longest_increasing(values):
    tails = []  # tails[k] is the smallest last value of an increasing run of length k + 1
    for value in values:
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
    return len(tails)


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(longest_increasing([int(x) for x in data[1 : 1 + n]]))


main()
