import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static long[] fizzBuzzCounts(long n) {
        // TODO: how many Fizz, Buzz and FizzBuzz are said counting from 1 to n
        return new long[] {0, 0, 0};
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long[] counts = fizzBuzzCounts(Long.parseLong(in.readLine().trim()));
            out.append(counts[0]).append(' ').append(counts[1]).append(' ').append(counts[2]).append('\n');
        }
        System.out.print(out);
    }
}
