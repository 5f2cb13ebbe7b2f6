#include <iostream>
#include <string>

bool isValid(const std::string& text) {
    // TODO: true when every bracket in text is closed by its kind, in order
    return true;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int t;
    std::cin >> t;
    std::string text;
    for (int i = 0; i < t; i++) {
        std::cin >> text;
        std::cout << (isValid(text) ? "YES" : "NO") << '\n';
    }
}
