import sys


def reverse_words(line):
    # TODO: the words of line in reverse order, joined by single spaces
    return line.strip()


print(reverse_words(sys.stdin.readline()))
