#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long start, end;
} Interval;

static int by_start(const void *a, const void *b) {
    const Interval *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

/* Sorts in place and merges into the front of the array; returns the merged count. */
static int merge_intervals(Interval *intervals, int n) {
    qsort(intervals, (size_t)n, sizeof *intervals, by_start);
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (count > 0 && intervals[i].start <= intervals[count - 1].end) {
            if (intervals[i].end > intervals[count - 1].end) intervals[count - 1].end = intervals[i].end;
        } else {
            intervals[count++] = intervals[i];
        }
    }
    return count;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    Interval *intervals = malloc(sizeof *intervals * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &intervals[i].start, &intervals[i].end);
    int count = merge_intervals(intervals, n);
    printf("%d\n", count);
    for (int i = 0; i < count; i++) printf("%lld %lld\n", intervals[i].start, intervals[i].end);
    free(intervals);
    return 0;
}
