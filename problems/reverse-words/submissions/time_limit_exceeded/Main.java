import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

// Prepends each word to an immutable String: every step copies the whole answer, O(n^2).
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String result = "";
        for (String word : in.readLine().trim().split("\\s+")) {
            result = result.isEmpty() ? word : word + " " + result;
        }
        System.out.println(result);
    }
}
