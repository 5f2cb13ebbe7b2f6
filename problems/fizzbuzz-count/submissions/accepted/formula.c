#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    for (int i = 0; i < q; i++) {
        long long n;
        if (scanf("%lld", &n) != 1) return 1;
        long long both = n / 15;
        printf("%lld %lld %lld\n", n / 3 - both, n / 5 - both, both);
    }
    return 0;
}
