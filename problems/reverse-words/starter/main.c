#include <stdio.h>
#include <string.h>

static char line[1000002];
static char out[1000002];

/* TODO: write the words of text into result in reverse order, joined by single spaces. */
static void reverse_words(const char *text, char *result) {
    strcpy(result, text);
}

int main(void) {
    if (!fgets(line, sizeof line, stdin)) return 1;
    line[strcspn(line, "\n")] = '\0';
    reverse_words(line, out);
    puts(out);
    return 0;
}
