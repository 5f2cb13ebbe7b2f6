#include <stdio.h>
#include <stdlib.h>

/* TODO: length of the longest strictly increasing subsequence. */
static int longest_increasing(const int *values, int n) {
    (void)values;
    (void)n;
    return 0;
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
