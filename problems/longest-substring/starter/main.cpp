#include <iostream>
#include <vector>

int longestDistinct(const std::vector<int>& codes) {
    // TODO: length of the longest run of codes with no code repeated
    return 0;
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
