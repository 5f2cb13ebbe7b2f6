#include <iostream>
#include <string>
#include <vector>

int countIslands(const std::vector<std::string>& grid) {
    // TODO: number of groups of side-adjacent '#' cells
    return 0;
}

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int rows, cols;
    std::cin >> rows >> cols;
    std::vector<std::string> grid(rows);
    for (auto& row : grid) std::cin >> row;
    std::cout << countIslands(grid) << '\n';
}
