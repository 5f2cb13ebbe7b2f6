import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

public class Main {
    static List<Integer> topKFrequent(int[] values, int k) {
        // TODO: the k most frequent values, most frequent first, ties by smaller value
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < k; i++) result.add(values[i]);
        return result;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(header.nextToken());
        int k = Integer.parseInt(header.nextToken());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int[] values = new int[n];
        for (int i = 0; i < n; i++) values[i] = Integer.parseInt(tokens.nextToken());
        StringBuilder out = new StringBuilder();
        for (int value : topKFrequent(values, k)) out.append(value).append(' ');
        System.out.println(out.toString().trim());
    }
}
