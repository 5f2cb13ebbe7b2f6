#include <algorithm>
#include <iostream>
#include <unordered_map>
#include <vector>

int longestDistinct(const std::vector<int>& codes) {
    std::unordered_map<int, int> lastSeen;
    lastSeen.reserve(codes.size() * 2);
    int start = 0, best = 0;
    for (int i = 0; i < (int)codes.size(); i++) {
        auto found = lastSeen.find(codes[i]);
        if (found != lastSeen.end() && found->second >= start) start = found->second + 1;
        lastSeen[codes[i]] = i;
        best = std::max(best, i - start + 1);
    }
    return best;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n;
    std::cin >> n;
    std::vector<int> codes(n);
    for (auto& code : codes) std::cin >> code;
    std::cout << longestDistinct(codes) << '\n';
}
