import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.StringTokenizer;

public class Main {
    record Edge(int to, double length) {}

    static double[] shortestDistances(int n, List<List<Edge>> graph) {
        double[] dist = new double[n + 1];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[1] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, 1});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int u = (int) top[1];
            if (top[0] > dist[u]) continue;
            for (Edge edge : graph.get(u)) {
                double candidate = top[0] + edge.length();
                if (candidate < dist[edge.to()]) {
                    dist[edge.to()] = candidate;
                    queue.add(new double[] {candidate, edge.to()});
                }
            }
        }
        return dist;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(header.nextToken());
        int m = Integer.parseInt(header.nextToken());
        List<List<Edge>> graph = new ArrayList<>();
        for (int i = 0; i <= n; i++) graph.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            StringTokenizer road = new StringTokenizer(in.readLine());
            int u = Integer.parseInt(road.nextToken());
            int v = Integer.parseInt(road.nextToken());
            graph.get(u).add(new Edge(v, Double.parseDouble(road.nextToken())));
        }
        double[] dist = shortestDistances(n, graph);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append(dist[i] == Double.POSITIVE_INFINITY ? "-1" : String.format("%.6f", dist[i])).append('\n');
        }
        System.out.print(out);
    }
}
