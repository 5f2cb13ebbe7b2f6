#include <stdio.h>
#include <string.h>

static char line[1000002];
static char out[1000002];

/* Walks the line from the end, copying each word as it is found. */
static void reverse_words(const char *text, char *result) {
    int end = (int)strlen(text), length = 0;
    while (end > 0) {
        while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\n')) end--;
        int start = end;
        while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') start--;
        if (start == end) break;
        if (length > 0) result[length++] = ' ';
        memcpy(result + length, text + start, (size_t)(end - start));
        length += end - start;
        end = start;
    }
    result[length] = '\0';
}

int main(void) {
    if (!fgets(line, sizeof line, stdin)) return 1;
    reverse_words(line, out);
    puts(out);
    return 0;
}
