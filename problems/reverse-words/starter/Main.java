import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

public class Main {
    static String reverseWords(String line) {
        // TODO: the words of line in reverse order, joined by single spaces
        return line.trim();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println(reverseWords(in.readLine()));
    }
}
