#include <stdio.h>
#include <stdlib.h>

typedef struct {
    int value, count;
} Entry;

static int by_value(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static int by_count_then_value(const void *a, const void *b) {
    const Entry *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    return (x->value > y->value) - (x->value < y->value);
}

/* Sorting groups equal values into runs; each run is one (value, count) entry. */
int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 1;
    int *values = malloc(sizeof *values * (size_t)n);
    Entry *entries = malloc(sizeof *entries * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%d", &values[i]);
    qsort(values, (size_t)n, sizeof *values, by_value);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
        if (distinct > 0 && entries[distinct - 1].value == values[i]) entries[distinct - 1].count++;
        else entries[distinct++] = (Entry){values[i], 1};
    }
    qsort(entries, (size_t)distinct, sizeof *entries, by_count_then_value);
    for (int i = 0; i < k; i++) printf(i + 1 < k ? "%d " : "%d\n", entries[i].value);
    free(values);
    free(entries);
    return 0;
}
