import sys


def edit_distance(a, b):
    # TODO: fewest insertions, deletions and replacements turning a into b
    return 0


def main():
    a, b = sys.stdin.read().split()
    print(edit_distance(a, b))


main()
