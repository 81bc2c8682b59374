import java.util.*;

public class Main {
    static String lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) for (int j = 1; j <= b.length(); j++)
            dp[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
        StringBuilder sb = new StringBuilder();
        for (int i = a.length(), j = b.length(); i > 0 && j > 0; ) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) { sb.append(a.charAt(i - 1)); i--; j--; }
            else if (dp[i - 1][j] >= dp[i][j - 1]) i--; else j--;
        }
        return sb.reverse().toString();
    }

    static int edit(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    static int knapsack(int[] w, int[] v, int cap, List<Integer> chosen) {
        int n = w.length;
        int[][] dp = new int[n + 1][cap + 1];
        for (int i = 1; i <= n; i++) for (int c = 0; c <= cap; c++) {
            dp[i][c] = dp[i - 1][c];
            if (w[i - 1] <= c) dp[i][c] = Math.max(dp[i][c], dp[i - 1][c - w[i - 1]] + v[i - 1]);
        }
        for (int i = n, c = cap; i > 0; i--) if (dp[i][c] != dp[i - 1][c]) { chosen.add(0, i - 1); c -= w[i - 1]; }
        return dp[n][cap];
    }

    static long coinWays(int[] coins, int amount) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int c : coins) for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        return ways[amount];
    }

    static int minCoins(int[] coins, int amount) {
        int[] dp = new int[amount + 1];
        Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++) for (int c : coins) if (c <= a && dp[a - c] != Integer.MAX_VALUE) dp[a] = Math.min(dp[a], dp[a - c] + 1);
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }

    static List<Integer> lis(int[] a) {
        int n = a.length;
        int[] len = new int[n], prev = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            len[i] = 1; prev[i] = -1;
            for (int j = 0; j < i; j++) if (a[j] < a[i] && len[j] + 1 > len[i]) { len[i] = len[j] + 1; prev[i] = j; }
            if (len[i] > len[best]) best = i;
        }
        LinkedList<Integer> out = new LinkedList<>();
        for (int i = best; i >= 0; i = prev[i]) out.addFirst(a[i]);
        return out;
    }

    static long matrixChain(int[] dims) {
        int n = dims.length - 1;
        long[][] dp = new long[n][n];
        for (int len = 2; len <= n; len++) for (int i = 0; i + len - 1 < n; i++) {
            int j = i + len - 1;
            dp[i][j] = Long.MAX_VALUE;
            for (int k = i; k < j; k++) dp[i][j] = Math.min(dp[i][j], dp[i][k] + dp[k + 1][j] + (long) dims[i] * dims[k + 1] * dims[j + 1]);
        }
        return dp[0][n - 1];
    }

    static boolean wordBreak(String s, Set<String> dict, List<String> parts) {
        int n = s.length();
        int[] from = new int[n + 1];
        Arrays.fill(from, -2);
        from[0] = -1;
        for (int i = 1; i <= n; i++) for (int j = 0; j < i; j++) if (from[j] != -2 && dict.contains(s.substring(j, i))) { from[i] = j; break; }
        if (from[n] == -2) return false;
        for (int i = n; i > 0; i = from[i]) parts.add(0, s.substring(from[i], i));
        return true;
    }

    static long catalan(int n) { long[] c = new long[n + 1]; c[0] = 1; for (int i = 1; i <= n; i++) for (int j = 0; j < i; j++) c[i] += c[j] * c[i - 1 - j]; return c[n]; }

    static int maxSubarray(int[] a, int[] range) {
        int best = a[0], cur = a[0], start = 0;
        range[0] = range[1] = 0;
        for (int i = 1; i < a.length; i++) {
            if (cur < 0) { cur = a[i]; start = i; } else cur += a[i];
            if (cur > best) { best = cur; range[0] = start; range[1] = i; }
        }
        return best;
    }

    public static void main(String[] args) {
        String[][] pairs = {{"ABCBDAB", "BDCABA"}, {"kitten", "sitting"}, {"intention", "execution"}, {"", "abc"}, {"same", "same"}, {"dynamic", "programming"}};
        for (String[] p : pairs) System.out.println("'" + p[0] + "' vs '" + p[1] + "': lcs '" + lcs(p[0], p[1]) + "' edit " + edit(p[0], p[1]));
        List<Integer> chosen = new ArrayList<>();
        System.out.println("knapsack " + knapsack(new int[]{12, 2, 1, 1, 4, 3, 7}, new int[]{4, 2, 1, 2, 10, 5, 9}, 15, chosen) + " items " + chosen);
        System.out.println("coin ways 100 " + coinWays(new int[]{1, 5, 10, 25, 50}, 100) + ", 1000 " + coinWays(new int[]{1, 2, 5, 10, 20, 50, 100, 200}, 1000));
        System.out.println("min coins " + minCoins(new int[]{1, 5, 6, 9}, 11) + " " + minCoins(new int[]{2}, 3) + " " + minCoins(new int[]{186, 419, 83, 408}, 6249));
        System.out.println("LIS " + lis(new int[]{10, 9, 2, 5, 3, 7, 101, 18, 4, 19, 20}));
        System.out.println("matrix chain " + matrixChain(new int[]{40, 20, 30, 10, 30}) + " " + matrixChain(new int[]{10, 20, 30, 40, 30}));
        Set<String> dict = Set.of("apple", "pen", "applepen", "pine", "pineapple", "cats", "dog", "sand", "and", "cat");
        for (String s : new String[]{"pineapplepenapple", "catsandog", "catsanddog", "applepenapple"}) {
            List<String> parts = new ArrayList<>();
            System.out.println(s + " -> " + (wordBreak(s, dict, parts) ? parts : "impossible"));
        }
        StringBuilder cat = new StringBuilder();
        for (int i = 0; i <= 15; i++) cat.append(catalan(i)).append(' ');
        System.out.println("catalan " + cat.toString().trim());
        int[] range = new int[2];
        int[] arr = {-2, 1, -3, 4, -1, 2, 1, -5, 4};
        System.out.println("max subarray " + maxSubarray(arr, range) + " " + Arrays.toString(Arrays.copyOfRange(arr, range[0], range[1] + 1)));
        long[][] pascal = new long[21][];
        for (int i = 0; i <= 20; i++) { pascal[i] = new long[i + 1]; pascal[i][0] = pascal[i][i] = 1; for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j]; }
        System.out.println("C(20,10) " + pascal[20][10] + " row 10 " + Arrays.toString(pascal[10]));
        int[][] tri = {{3}, {7, 4}, {2, 4, 6}, {8, 5, 9, 3}};
        for (int r = tri.length - 2; r >= 0; r--) for (int c = 0; c <= r; c++) tri[r][c] += Math.max(tri[r + 1][c], tri[r + 1][c + 1]);
        System.out.println("triangle max path " + tri[0][0]);
        long[] stairs = new long[51];
        stairs[0] = 1; stairs[1] = 1; stairs[2] = 2;
        for (int i = 3; i <= 50; i++) stairs[i] = stairs[i - 1] + stairs[i - 2] + stairs[i - 3];
        System.out.println("tribonacci stairs(50) " + stairs[50]);
    }
}
