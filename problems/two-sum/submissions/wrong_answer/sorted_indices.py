import sys

# Two pointers on the sorted values, but prints positions in the sorted order, not the original.
data = sys.stdin.buffer.read().split()
n, target = int(data[0]), int(data[1])
nums = sorted(int(x) for x in data[2 : 2 + n])
lo, hi = 0, n - 1
while lo < hi:
    total = nums[lo] + nums[hi]
    if total == target:
        break
    if total < target:
        lo += 1
    else:
        hi -= 1
print(lo, hi)
