import sys


def fizz_buzz_counts(n):
    # TODO: how many Fizz, Buzz and FizzBuzz are said counting from 1 to n
    return 0, 0, 0


def main():
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    print("\n".join("%d %d %d" % fizz_buzz_counts(int(n)) for n in data[1 : 1 + q]))


main()
