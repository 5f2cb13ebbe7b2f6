#include <stdio.h>

#define MAX_CODE 1000000

static int last_seen[MAX_CODE + 1];

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    int start = 0, best = 0;
    for (int i = 0; i < n; i++) {
        int code;
        if (scanf("%d", &code) != 1) return 1;
        /* last_seen holds index + 1, so 0 means never seen. */
        if (last_seen[code] > start) start = last_seen[code];
        last_seen[code] = i + 1;
        if (i - start + 1 > best) best = i - start + 1;
    }
    printf("%d\n", best);
    return 0;
}
