import sys


def two_sum(nums, target):
    index_of = {}
    for j, value in enumerate(nums):
        i = index_of.get(target - value)
        if i is not None:
            return i, j
        index_of.setdefault(value, j)
    return -1, -1


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = [int(x) for x in data[2 : 2 + n]]
    print(*two_sum(nums, target))


main()
