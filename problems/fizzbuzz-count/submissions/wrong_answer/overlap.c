#include <stdio.h>

/* Forgets that multiples of 15 are neither plain Fizz nor plain Buzz. */
int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    while (q--) {
        long long n;
        if (scanf("%lld", &n) != 1) return 1;
        printf("%lld %lld %lld\n", n / 3, n / 5, n / 15);
    }
    return 0;
}
