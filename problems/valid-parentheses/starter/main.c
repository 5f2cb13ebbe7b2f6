#include <stdio.h>

static char line[1000002];

/* TODO: return 1 when every bracket in text is closed by its kind, in order. */
static int is_valid(const char *text) {
    (void)text;
    return 1;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 1;
    for (int i = 0; i < t; i++) {
        if (scanf("%1000001s", line) != 1) return 1;
        puts(is_valid(line) ? "YES" : "NO");
    }
    return 0;
}
