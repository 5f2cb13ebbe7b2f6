#include <stdio.h>
#include <stdlib.h>

/* TODO: write the k most frequent values into result, most frequent first, ties by smaller value. */
static void top_k_frequent(const int *values, int n, int k, int *result) {
    (void)n;
    for (int i = 0; i < k; i++) result[i] = values[i];
}

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 1;
    int *values = malloc(sizeof *values * (size_t)n);
    int *result = malloc(sizeof *result * (size_t)k);
    for (int i = 0; i < n; i++) scanf("%d", &values[i]);
    top_k_frequent(values, n, k, result);
    for (int i = 0; i < k; i++) printf(i + 1 < k ? "%d " : "%d\n", result[i]);
    free(values);
    free(result);
    return 0;
}
