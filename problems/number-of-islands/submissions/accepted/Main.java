import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static int countIslands(char[][] grid) {
        int rows = grid.length, cols = grid[0].length;
        boolean[] seen = new boolean[rows * cols];
        int[] queue = new int[rows * cols];
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int islands = 0;
        for (int start = 0; start < rows * cols; start++) {
            if (grid[start / cols][start % cols] != '#' || seen[start]) continue;
            islands++;
            seen[start] = true;
            int head = 0, tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int cell = queue[head++];
                for (int[] step : steps) {
                    int r = cell / cols + step[0], c = cell % cols + step[1];
                    if (r < 0 || r >= rows || c < 0 || c >= cols || grid[r][c] != '#' || seen[r * cols + c]) continue;
                    seen[r * cols + c] = true;
                    queue[tail++] = r * cols + c;
                }
            }
        }
        return islands;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer size = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(size.nextToken());
        char[][] grid = new char[rows][];
        for (int r = 0; r < rows; r++) grid[r] = in.readLine().trim().toCharArray();
        System.out.println(countIslands(grid));
    }
}
