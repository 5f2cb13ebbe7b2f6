#include <iostream>
#include <string>
#include <vector>

int countIslands(const std::vector<std::string>& grid) {
    int rows = grid.size(), cols = grid[0].size();
    std::vector<char> seen(rows * cols, 0);
    std::vector<int> stack;
    int islands = 0;
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
            if (grid[r][c] != '#' || seen[r * cols + c]) continue;
            islands++;
            seen[r * cols + c] = 1;
            stack.push_back(r * cols + c);
            while (!stack.empty()) {
                int cell = stack.back();
                stack.pop_back();
                for (int d = 0; d < 4; d++) {
                    int y = cell / cols + dr[d], x = cell % cols + dc[d];
                    if (y < 0 || y >= rows || x < 0 || x >= cols || grid[y][x] != '#' || seen[y * cols + x]) continue;
                    seen[y * cols + x] = 1;
                    stack.push_back(y * cols + x);
                }
            }
        }
    }
    return islands;
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
