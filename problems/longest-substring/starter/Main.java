import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static int longestDistinct(int[] codes) {
        // TODO: length of the longest run of codes with no code repeated
        return 0;
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
