public class Main {
    static long hanoiMoves = 0;
    static void hanoi(int n, char from, char to, char via, StringBuilder log) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, log);
        hanoiMoves++;
        if (log != null) log.append(n).append(':').append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from, log);
    }
    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }
    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long[] memo = new long[100];
    static long fibMemo(int n) { if (n < 2) return n; if (memo[n] != 0) return memo[n]; return memo[n] = fibMemo(n - 1) + fibMemo(n - 2); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static String permutations(String prefix, String rest) {
        if (rest.isEmpty()) return prefix + " ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) sb.append(permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1)));
        return sb.toString();
    }
    static int queens(int n, int row, int[] cols) {
        if (row == n) return 1;
        int count = 0;
        outer:
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < row; r++) if (cols[r] == c || Math.abs(cols[r] - c) == row - r) continue outer;
            cols[row] = c;
            count += queens(n, row + 1, cols);
        }
        return count;
    }
    static int binarySearch(int[] a, int key, int lo, int hi) {
        if (lo > hi) return -(lo + 1);
        int mid = (lo + hi) >>> 1;
        if (a[mid] == key) return mid;
        return a[mid] < key ? binarySearch(a, key, mid + 1, hi) : binarySearch(a, key, lo, mid - 1);
    }
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
        quicksort(a, lo, j); quicksort(a, i, hi);
    }
    static String toBinary(int n) { return n < 2 ? String.valueOf(n) : toBinary(n / 2) + (n % 2); }
    public static void main(String[] args) {
        StringBuilder log = new StringBuilder();
        hanoi(3, 'A', 'C', 'B', log);
        System.out.println("hanoi(3): " + hanoiMoves + " moves: " + log.toString().trim());
        for (int n = 1; n <= 16; n += 5) { hanoiMoves = 0; hanoi(n, 'A', 'C', 'B', null); System.out.println("hanoi(" + n + ") moves = " + hanoiMoves); }
        for (int m = 0; m <= 3; m++) for (int n = 0; n <= 3; n++) System.out.println("ackermann(" + m + "," + n + ") = " + ackermann(m, n));
        System.out.println("fib(20) = " + fib(20) + ", fibMemo(90) = " + fibMemo(90));
        System.out.println("gcd(1989, 867) = " + gcd(1989, 867));
        System.out.println("isEven(100) = " + isEven(100) + ", isOdd(77) = " + isOdd(77));
        System.out.println("permutations: " + permutations("", "abcd").trim());
        for (int n = 4; n <= 7; n++) System.out.println(n + "-queens solutions: " + queens(n, 0, new int[n]));
        int[] data = new int[50];
        long seed = 7;
        for (int i = 0; i < data.length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; data[i] = (int) (seed % 1000); }
        quicksort(data, 0, data.length - 1);
        System.out.println("sorted: " + java.util.Arrays.toString(data));
        System.out.println("search " + data[17] + " -> " + binarySearch(data, data[17], 0, data.length - 1) + ", search 1001 -> " + binarySearch(data, 1001, 0, data.length - 1));
        System.out.println("toBinary(1234) = " + toBinary(1234));
    }
}
