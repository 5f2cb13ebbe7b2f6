#include <stdio.h>
#include <stdlib.h>

typedef struct {
    long long start, end;
} Interval;

/* TODO: merge overlapping or touching intervals into the front of the array, sorted; return the count. */
static int merge_intervals(Interval *intervals, int n) {
    (void)intervals;
    return n;
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
