#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LENGTH 1000002

static char line[MAX_LENGTH];
static char stack[MAX_LENGTH];

static int is_valid(const char *text) {
    int size = 0;
    for (const char *c = text; *c && *c != '\n'; c++) {
        if (*c == '(' || *c == '[' || *c == '{') {
            stack[size++] = *c;
            continue;
        }
        char opening = *c == ')' ? '(' : *c == ']' ? '[' : '{';
        if (size == 0 || stack[--size] != opening) return 0;
    }
    return size == 0;
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
