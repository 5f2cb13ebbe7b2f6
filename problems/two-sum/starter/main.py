import sys


def two_sum(nums, target):
    # TODO: return (i, j) with i < j and nums[i] + nums[j] == target
    return 0, 1


def main():
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = [int(x) for x in data[2 : 2 + n]]
    print(*two_sum(nums, target))


main()
