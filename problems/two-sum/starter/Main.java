import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    static int[] twoSum(long[] nums, long target) {
        // TODO: return {i, j} with i < j and nums[i] + nums[j] == target
        return new int[] {0, 1};
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        long target = Long.parseLong(tokens.nextToken());
        long[] nums = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) nums[i] = Long.parseLong(tokens.nextToken());
        int[] pair = twoSum(nums, target);
        System.out.println(pair[0] + " " + pair[1]);
    }
}
