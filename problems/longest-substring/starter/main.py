import sys


def longest_distinct(codes):
    # TODO: length of the longest run of codes with no code repeated
    return 0


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    print(longest_distinct([int(x) for x in data[1 : 1 + n]]))


main()
