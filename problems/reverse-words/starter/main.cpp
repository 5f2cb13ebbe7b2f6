#include <iostream>
#include <string>

std::string reverseWords(const std::string& line) {
    // TODO: the words of line in reverse order, joined by single spaces
    return line;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    std::getline(std::cin, line);
    std::cout << reverseWords(line) << '\n';
}
