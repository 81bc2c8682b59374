public class Main {
    static int digits(int n) { int d = 0; do { d++; n /= 10; } while (n != 0); return d; }

    static String classify(int n) {
        String r;
        if (n < 0) r = "neg";
        else if (n == 0) r = "zero";
        else if (n % 2 == 0) r = n > 100 ? "big-even" : "even";
        else r = "odd";
        return r;
    }

    public static void main(String[] args) {
        for (int n : new int[]{0, 7, -45, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE}) System.out.print(digits(n) + " ");
        System.out.println();
        int i = 10;
        do { System.out.print(i + " "); i -= 3; } while (i > 0);
        System.out.println("| after do " + i);
        int j = 100;
        do { j++; } while (false);
        System.out.println(j);
        int k = 0;
        while (true) {
            k++;
            if (k % 2 == 0) continue;
            if (k > 9) break;
            System.out.print(k + ",");
        }
        System.out.println(" k=" + k);
        for (int a = 0, b = 10; a < b; a += 2, b--) System.out.print("(" + a + "," + b + ")");
        System.out.println();
        int x = 0;
        for (;;) { if (++x >= 5) break; }
        System.out.println("x=" + x);
        StringBuilder sb = new StringBuilder();
        for (int r = 1; r <= 4; r++) {
            for (int c = 1; c <= 4; c++) {
                if (c > r) break;
                sb.append(r * c).append(c == r ? "\n" : " ");
            }
        }
        System.out.print(sb);
        int found = -1;
        search:
        for (int a = 1; a < 30; a++)
            for (int b = a; b < 30; b++)
                for (int c = b; c < 30; c++)
                    if (a * a + b * b == c * c && a + b + c == 24) { found = a * 10000 + b * 100 + c; break search; }
        System.out.println("triple " + found);
        int count = 0;
        outer:
        do {
            count++;
            int m = 0;
            while (m < 10) {
                m++;
                if (m == 3) continue outer;
            }
        } while (count < 4);
        System.out.println("count " + count);
        for (int n : new int[]{-3, 0, 8, 9, 102}) System.out.print(classify(n) + " ");
        System.out.println();
        int total = 0;
        for (int n = 0; n < 20; n++) {
            switch (n % 5) {
                case 0: continue;
                case 1: total += 1; break;
                case 2: total += 10;
                case 3: total += 100; break;
                default: total += 1000;
            }
        }
        System.out.println("total " + total);
        long collatzMax = 0; int arg = 0;
        for (int start = 1; start < 200; start++) {
            long v = start; int steps = 0;
            while (v != 1) { v = (v & 1) == 0 ? v >> 1 : 3 * v + 1; steps++; }
            if (steps > collatzMax) { collatzMax = steps; arg = start; }
        }
        System.out.println("collatz " + arg + " " + collatzMax);
        boolean flag = false;
        int evals = 0;
        if (flag && (++evals > 0)) System.out.println("no");
        if (flag || (++evals > 0)) System.out.println("short-circuit evals=" + evals);
        if (flag & (++evals > 0)) System.out.println("no");
        System.out.println("evals=" + evals);
        int y = 5;
        y += y++ + ++y;
        System.out.println("y=" + y);
        int[] arr = {3, 1, 4, 1, 5, 9, 2, 6};
        int idx = 0;
        while (idx < arr.length && arr[idx] != 9) idx++;
        System.out.println("9 at " + idx);
        String result = "";
        block: {
            if (arr.length > 5) { result = "long"; break block; }
            result = "short";
        }
        System.out.println(result);
        char ch = 'a';
        while (ch <= 'z') { if ("aeiou".indexOf(ch) >= 0) System.out.print(Character.toUpperCase(ch)); ch += 1; }
        System.out.println();
        for (long big = 1; big > 0; big *= 7) if (big > 1_000_000_000_000L) { System.out.println("big " + big); break; }
        int n = 37;
        String bin = "";
        do { bin = (n & 1) + bin; n >>>= 1; } while (n != 0);
        System.out.println(bin);
    }
}
