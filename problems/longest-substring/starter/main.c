#include <stdio.h>
#include <stdlib.h>

/* TODO: length of the longest run of codes with no code repeated. */
static int longest_distinct(const int *codes, int n) {
    (void)codes;
    (void)n;
    return 0;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int *codes = malloc(sizeof *codes * n);
    for (int i = 0; i < n; i++) scanf("%d", &codes[i]);
    printf("%d\n", longest_distinct(codes, n));
    free(codes);
    return 0;
}
