import sys


def count_islands(grid):
    # TODO: number of groups of side-adjacent '#' cells in grid (a list of strings)
    return 0


def main():
    lines = sys.stdin.read().split()
    rows = int(lines[0])
    print(count_islands(lines[2 : 2 + rows]))


main()
