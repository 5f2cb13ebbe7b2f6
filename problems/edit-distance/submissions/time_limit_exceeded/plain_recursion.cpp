#include <algorithm>
#include <iostream>
#include <string>

std::string a, b;

// Tries all three operations at every step without remembering results: exponential.
int distance(size_t i, size_t j) {
    if (i == a.size()) return b.size() - j;
    if (j == b.size()) return a.size() - i;
    if (a[i] == b[j]) return distance(i + 1, j + 1);
    return 1 + std::min({distance(i + 1, j), distance(i, j + 1), distance(i + 1, j + 1)});
}

int main() {
    std::cin >> a >> b;
    std::cout << distance(0, 0) << '\n';
}
