import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static class LRUCache {
        private final int capacity;

        LRUCache(int capacity) {
            this.capacity = capacity;
        }

        long get(long key) {
            // TODO: the value of key, or -1; reading counts as a use
            return -1;
        }

        void put(long key, long value) {
            // TODO: store value; evict the least recently used key when full
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer header = new StringTokenizer(in.readLine());
        LRUCache cache = new LRUCache(Integer.parseInt(header.nextToken()));
        int q = Integer.parseInt(header.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer op = new StringTokenizer(in.readLine());
            String kind = op.nextToken();
            long key = Long.parseLong(op.nextToken());
            if (kind.equals("get")) out.append(cache.get(key)).append('\n');
            else cache.put(key, Long.parseLong(op.nextToken()));
        }
        System.out.print(out);
    }
}
