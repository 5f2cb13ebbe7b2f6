#include <iostream>
#include <string>

int editDistance(const std::string& a, const std::string& b) {
    // TODO: fewest insertions, deletions and replacements turning a into b
    return 0;
}

int main() {
    std::string a, b;
    std::cin >> a >> b;
    std::cout << editDistance(a, b) << '\n';
}
