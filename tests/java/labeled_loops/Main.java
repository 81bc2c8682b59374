public class Main {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
            System.out.print("never ");
        }
        System.out.println();
        int found = -1;
        search:
        for (int a = 1; a < 30; a++) {
            for (int b = a; b < 30; b++) {
                for (int c = b; c < 30; c++) {
                    if (a * a + b * b == c * c && a + b + c == 24) { found = a * 10000 + b * 100 + c; break search; }
                }
            }
        }
        System.out.println("triple " + found);
        int n = 0;
        loop:
        while (true) {
            n++;
            switch (n % 4) {
                case 0: continue loop;
                case 3: if (n > 10) break loop;
                default: System.out.print(n + ",");
            }
        }
        System.out.println(" ended at " + n);
        block: {
            System.out.println("in block");
            if (n > 0) break block;
            System.out.println("unreachable at runtime");
        }
        System.out.println("after block");
        int k = 0;
        do {
            k++;
            if (k % 2 == 0) continue;
            System.out.print("odd " + k + " ");
        } while (k < 9);
        System.out.println();
        int primes = 0;
        candidates:
        for (int c = 2; c < 100; c++) {
            for (int d = 2; d * d <= c; d++) if (c % d == 0) continue candidates;
            primes++;
        }
        System.out.println("primes below 100: " + primes);
        int[][] m = {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}};
        int row = -1, col = -1;
        find:
        for (int r = 0; r < m.length; r++) for (int c = 0; c < m[r].length; c++) if (m[r][c] < 0) { row = r; col = c; break find; }
        System.out.println("negative at " + row + "," + col);
        for (int i = 0, j = 10; i < j; i += 2, j -= 3) System.out.print("(" + i + "," + j + ")");
        System.out.println();
        int x = 0;
        for (;;) { if (++x >= 5) break; }
        System.out.println("x " + x);
        StringBuilder sb = new StringBuilder();
        a: for (char ch = 'a'; ch <= 'c'; ch++) {
            b: for (int i = 0; i < 3; i++) {
                if (i == 1 && ch == 'b') continue a;
                if (i == 2) continue b;
                sb.append(ch).append(i).append(' ');
            }
        }
        System.out.println(sb);
    }
}
