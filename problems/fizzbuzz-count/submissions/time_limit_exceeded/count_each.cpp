#include <cstdio>

// Says every number from 1 to n: O(n) per query.
int main() {
    int q;
    if (scanf("%d", &q) != 1) return 1;
    while (q--) {
        long long n, fizz = 0, buzz = 0, both = 0;
        if (scanf("%lld", &n) != 1) return 1;
        for (long long k = 1; k <= n; k++) {
            if (k % 15 == 0) both++;
            else if (k % 3 == 0) fizz++;
            else if (k % 5 == 0) buzz++;
        }
        printf("%lld %lld %lld\n", fizz, buzz, both);
    }
}
