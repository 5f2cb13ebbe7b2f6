#include <iostream>
#include <string>
#include <vector>

bool isValid(const std::string& text) {
    std::vector<char> stack;
    for (char c : text) {
        if (c == '(' || c == '[' || c == '{') {
            stack.push_back(c);
            continue;
        }
        char opening = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (stack.empty() || stack.back() != opening) return false;
        stack.pop_back();
    }
    return stack.empty();
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
