import sys


def reverse_words(line):
    return " ".join(reversed(line.split()))


print(reverse_words(sys.stdin.readline()))
