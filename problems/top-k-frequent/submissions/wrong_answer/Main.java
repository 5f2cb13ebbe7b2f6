import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

// Breaks ties by first appearance instead of by value.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(header.nextToken());
        int k = Integer.parseInt(header.nextToken());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) counts.merge(Integer.parseInt(tokens.nextToken()), 1, Integer::sum);
        List<Integer> distinct = new ArrayList<>(counts.keySet());
        distinct.sort((a, b) -> counts.get(b) - counts.get(a));
        StringBuilder out = new StringBuilder();
        for (int value : distinct.subList(0, k)) out.append(value).append(' ');
        System.out.println(out.toString().trim());
    }
}
