#include <stdio.h>
#include <stdlib.h>

/* tails[k] is the smallest last value of an increasing run of length k + 1. */
static int longest_increasing(const int *values, int n) {
    int *tails = malloc(sizeof *tails * (size_t)n);
    int length = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = length;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (tails[mid] < values[i]) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = values[i];
        if (lo == length) length++;
    }
    free(tails);
    return length;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int *values = malloc(sizeof *values * (size_t)n);
    for (int i = 0; i < n; i++) scanf("%d", &values[i]);
    printf("%d\n", longest_increasing(values, n));
    free(values);
    return 0;
}
