import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    static int longestIncreasing(int[] values) {
        int[] tails = new int[values.length];
        int length = 0;
        for (int value : values) {
            int k = Arrays.binarySearch(tails, 0, length, value);
            if (k < 0) k = -k - 1;
            tails[k] = value;
            if (k == length) length++;
        }
        return length;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = Integer.parseInt(tokens.nextToken());
        System.out.println(longestIncreasing(values));
    }
}
