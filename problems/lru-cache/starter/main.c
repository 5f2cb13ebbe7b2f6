#include <stdio.h>
#include <string.h>

static int capacity;

/* TODO: the value of key, or -1; reading counts as a use. */
static long long get(long long key) {
    (void)key;
    return -1;
}

/* TODO: store value; evict the least recently used key when the cache holds `capacity` keys. */
static void put(long long key, long long value) {
    (void)key;
    (void)value;
}

int main(void) {
    int q;
    char op[8];
    if (scanf("%d %d", &capacity, &q) != 2) return 1;
    for (int i = 0; i < q; i++) {
        long long key, value;
        if (scanf("%7s %lld", op, &key) != 2) return 1;
        if (strcmp(op, "get") == 0) {
            printf("%lld\n", get(key));
        } else if (scanf("%lld", &value) == 1) {
            put(key, value);
        }
    }
    return 0;
}
