import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringTokenizer;

public class Main {
    static class LRUCache extends LinkedHashMap<Long, Long> {
        private final int capacity;

        LRUCache(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > capacity;
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
            if (kind.equals("get")) out.append(cache.getOrDefault(key, -1L)).append('\n');
            else cache.put(key, Long.parseLong(op.nextToken()));
        }
        System.out.print(out);
    }
}
