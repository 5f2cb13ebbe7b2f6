import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    static List<long[]> mergeIntervals(long[][] intervals) {
        // TODO: merge overlapping or touching intervals; return them sorted by start
        return new ArrayList<>(List.of(intervals));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long[][] intervals = new long[n][];
        for (int i = 0; i < n; i++) {
            StringTokenizer tokens = new StringTokenizer(in.readLine());
            intervals[i] = new long[] {Long.parseLong(tokens.nextToken()), Long.parseLong(tokens.nextToken())};
        }
        List<long[]> merged = mergeIntervals(intervals);
        StringBuilder out = new StringBuilder().append(merged.size()).append('\n');
        for (long[] interval : merged) out.append(interval[0]).append(' ').append(interval[1]).append('\n');
        System.out.print(out);
    }
}
