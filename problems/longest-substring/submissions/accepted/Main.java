import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    static final int MAX_CODE = 1_000_000;

    static int longestDistinct(int[] codes) {
        int[] lastSeen = new int[MAX_CODE + 1];
        Arrays.fill(lastSeen, -1);
        int start = 0;
        int best = 0;
        for (int i = 0; i < codes.length; i++) {
            if (lastSeen[codes[i]] >= start) start = lastSeen[codes[i]] + 1;
            lastSeen[codes[i]] = i;
            best = Math.max(best, i - start + 1);
        }
        return best;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int[] codes = new int[n];
        for (int i = 0; i < n; i++) codes[i] = Integer.parseInt(tokens.nextToken());
        System.out.println(longestDistinct(codes));
    }
}
