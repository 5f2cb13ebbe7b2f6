import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static boolean isValid(String text) {
        char[] stack = new char[text.length()];
        int size = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                stack[size++] = c;
                continue;
            }
            char opening = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (size == 0 || stack[--size] != opening) return false;
        }
        return size == 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t; i++) out.append(isValid(in.readLine().trim()) ? "YES\n" : "NO\n");
        System.out.print(out);
    }
}
