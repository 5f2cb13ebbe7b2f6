#include <stdio.h>
#include <stdlib.h>

/* Open addressing: keys are values, slots hold the first index + 1 (0 = empty). */
#define SLOTS (1 << 18)

static long long keys[SLOTS];
static int first_index[SLOTS];

static unsigned slot_of(long long key) {
    unsigned long long h = (unsigned long long)key * 0x9E3779B97F4A7C15ULL;
    return (unsigned)(h >> 46);
}

static int find(long long key) {
    for (unsigned s = slot_of(key);; s = (s + 1) & (SLOTS - 1)) {
        if (!first_index[s]) return -1;
        if (keys[s] == key) return first_index[s] - 1;
    }
}

static void insert(long long key, int index) {
    unsigned s = slot_of(key);
    while (first_index[s] && keys[s] != key) s = (s + 1) & (SLOTS - 1);
    if (!first_index[s]) {
        keys[s] = key;
        first_index[s] = index + 1;
    }
}

int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 1;
    for (int j = 0; j < n; j++) {
        long long value;
        if (scanf("%lld", &value) != 1) return 1;
        int i = find(target - value);
        if (i >= 0) {
            printf("%d %d\n", i, j);
            return 0;
        }
        insert(value, j);
    }
    return 0;
}
