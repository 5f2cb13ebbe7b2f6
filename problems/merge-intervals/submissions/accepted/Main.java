import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    static List<long[]> mergeIntervals(long[][] intervals) {
        Arrays.sort(intervals, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : intervals) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
            else merged.add(new long[] {interval[0], interval[1]});
        }
        return merged;
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
