#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int editDistance(const std::string& a, const std::string& b) {
    std::vector<int> previous(b.size() + 1), current(b.size() + 1);
    for (size_t j = 0; j <= b.size(); j++) previous[j] = j;
    for (size_t i = 1; i <= a.size(); i++) {
        current[0] = i;
        for (size_t j = 1; j <= b.size(); j++) {
            if (a[i - 1] == b[j - 1]) current[j] = previous[j - 1];
            else current[j] = 1 + std::min({previous[j - 1], previous[j], current[j - 1]});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

int main() {
    std::string a, b;
    std::cin >> a >> b;
    std::cout << editDistance(a, b) << '\n';
}
