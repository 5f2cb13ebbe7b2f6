import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static boolean isValid(String text) {
        // TODO: true when every bracket in text is closed by its kind, in order
        return true;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t; i++) out.append(isValid(in.readLine().trim()) ? "YES\n" : "NO\n");
        System.out.print(out);
    }
}
