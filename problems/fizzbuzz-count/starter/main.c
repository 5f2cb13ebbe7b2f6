#include <stdio.h>

/* TODO: set how many Fizz, Buzz and FizzBuzz are said counting from 1 to n. */
static void fizz_buzz_counts(long long n, long long *fizz, long long *buzz, long long *both) {
    (void)n;
    *fizz = *buzz = *both = 0;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    for (int i = 0; i < q; i++) {
        long long n, fizz, buzz, both;
        if (scanf("%lld", &n) != 1) return 1;
        fizz_buzz_counts(n, &fizz, &buzz, &both);
        printf("%lld %lld %lld\n", fizz, buzz, both);
    }
    return 0;
}
