#include <iostream>
#include <sstream>
#include <string>
#include <vector>

std::string reverseWords(const std::string& line) {
    std::istringstream stream(line);
    std::vector<std::string> words;
    for (std::string word; stream >> word;) words.push_back(word);
    std::string result;
    result.reserve(line.size());
    for (auto it = words.rbegin(); it != words.rend(); ++it) {
        if (!result.empty()) result += ' ';
        result += *it;
    }
    return result;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    std::getline(std::cin, line);
    std::cout << reverseWords(line) << '\n';
}
