import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static int countIslands(char[][] grid) {
        // TODO: number of groups of side-adjacent '#' cells
        return 0;
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
