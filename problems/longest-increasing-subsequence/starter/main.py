import sys


def longest_increasing(values):
    # TODO: length of the longest strictly increasing subsequence
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(longest_increasing([int(x) for x in data[1 : 1 + n]]))


main()
