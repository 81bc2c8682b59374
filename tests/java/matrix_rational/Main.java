import java.util.*;

public class Main {
    static final class Q implements Comparable<Q> {
        final long n, d;
        static final Q ZERO = new Q(0, 1), ONE = new Q(1, 1);
        Q(long n, long d) {
            if (d == 0) throw new ArithmeticException("zero denominator");
            if (d < 0) { n = -n; d = -d; }
            long g = gcd(Math.abs(n), d);
            this.n = n / g; this.d = d / g;
        }
        static long gcd(long a, long b) { return b == 0 ? (a == 0 ? 1 : a) : gcd(b, a % b); }
        Q add(Q o) { return new Q(Math.addExact(Math.multiplyExact(n, o.d), Math.multiplyExact(o.n, d)), Math.multiplyExact(d, o.d)); }
        Q sub(Q o) { return add(o.neg()); }
        Q mul(Q o) { return new Q(Math.multiplyExact(n, o.n), Math.multiplyExact(d, o.d)); }
        Q div(Q o) { return new Q(Math.multiplyExact(n, o.d), Math.multiplyExact(d, o.n)); }
        Q neg() { return new Q(-n, d); }
        boolean isZero() { return n == 0; }
        public int compareTo(Q o) { return Long.compare(n * o.d, o.n * d); }
        @Override public boolean equals(Object o) { return o instanceof Q q && q.n == n && q.d == d; }
        @Override public int hashCode() { return Long.hashCode(n) * 31 + Long.hashCode(d); }
        @Override public String toString() { return d == 1 ? Long.toString(n) : n + "/" + d; }
    }

    static Q[][] of(long[][] a) {
        Q[][] m = new Q[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) m[i][j] = new Q(a[i][j], 1);
        return m;
    }

    static Q[][] mul(Q[][] a, Q[][] b) {
        Q[][] c = new Q[a.length][b[0].length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < b[0].length; j++) {
                Q s = Q.ZERO;
                for (int k = 0; k < b.length; k++) s = s.add(a[i][k].mul(b[k][j]));
                c[i][j] = s;
            }
        return c;
    }

    static Q det(Q[][] m) {
        int n = m.length;
        Q[][] a = new Q[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        Q det = Q.ONE;
        for (int col = 0; col < n; col++) {
            int piv = col;
            while (piv < n && a[piv][col].isZero()) piv++;
            if (piv == n) return Q.ZERO;
            if (piv != col) { Q[] t = a[piv]; a[piv] = a[col]; a[col] = t; det = det.neg(); }
            det = det.mul(a[col][col]);
            for (int r = col + 1; r < n; r++) {
                Q f = a[r][col].div(a[col][col]);
                for (int c = col; c < n; c++) a[r][c] = a[r][c].sub(f.mul(a[col][c]));
            }
        }
        return det;
    }

    static Q[][] inverse(Q[][] m) {
        int n = m.length;
        Q[][] a = new Q[n][2 * n];
        for (int i = 0; i < n; i++) for (int j = 0; j < 2 * n; j++) a[i][j] = j < n ? m[i][j] : (j - n == i ? Q.ONE : Q.ZERO);
        for (int col = 0; col < n; col++) {
            int piv = col;
            while (piv < n && a[piv][col].isZero()) piv++;
            if (piv == n) throw new ArithmeticException("singular matrix");
            Q[] t = a[piv]; a[piv] = a[col]; a[col] = t;
            Q p = a[col][col];
            for (int j = 0; j < 2 * n; j++) a[col][j] = a[col][j].div(p);
            for (int r = 0; r < n; r++) if (r != col && !a[r][col].isZero()) {
                Q f = a[r][col];
                for (int j = 0; j < 2 * n; j++) a[r][j] = a[r][j].sub(f.mul(a[col][j]));
            }
        }
        Q[][] inv = new Q[n][n];
        for (int i = 0; i < n; i++) inv[i] = Arrays.copyOfRange(a[i], n, 2 * n);
        return inv;
    }

    static void print(String name, Q[][] m) {
        System.out.println(name + ":");
        for (Q[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (Q q : row) sb.append(String.format(Locale.ROOT, "%8s", q));
            System.out.println(sb);
        }
    }

    static long[][] matPow(long[][] m, int p, long mod) {
        int n = m.length;
        long[][] r = new long[n][n];
        for (int i = 0; i < n; i++) r[i][i] = 1;
        while (p > 0) {
            if ((p & 1) == 1) r = mulMod(r, m, mod);
            m = mulMod(m, m, mod);
            p >>= 1;
        }
        return r;
    }
    static long[][] mulMod(long[][] a, long[][] b, long mod) {
        int n = a.length;
        long[][] c = new long[n][n];
        for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) for (int j = 0; j < n; j++) c[i][j] = (c[i][j] + a[i][k] * b[k][j]) % mod;
        return c;
    }

    public static void main(String[] args) {
        Q[][] a = of(new long[][]{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}});
        Q[][] b = of(new long[][]{{1, 2}, {3, 4}, {5, 6}});
        print("A", a);
        print("A*B", mul(a, b));
        System.out.println("det A = " + det(a));
        Q[][] inv = inverse(a);
        print("inv A", inv);
        print("A*inv A", mul(a, inv));
        Q[][] h = new Q[4][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) h[i][j] = new Q(1, i + j + 1);
        print("Hilbert 4", h);
        System.out.println("det H4 = " + det(h));
        print("inv H4", inverse(h));
        try { inverse(of(new long[][]{{1, 2}, {2, 4}})); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(new Q(6, -8) + " " + new Q(0, 5) + " " + new Q(3, 4).add(new Q(1, 4)) + " " + new Q(1, 3).compareTo(new Q(2, 7)) + " " + new Q(2, 4).equals(new Q(1, 2)));
        try { new Q(1, 0); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        long[][] fib = matPow(new long[][]{{1, 1}, {1, 0}}, 90, Long.MAX_VALUE);
        System.out.println("fib(90) = " + fib[0][1] + ", fib(10^9) mod 1e9+7 = " + matPow(new long[][]{{1, 1}, {1, 0}}, 1_000_000_000, 1_000_000_007L)[0][1]);
        double[][] rot = {{Math.cos(Math.PI / 6), -Math.sin(Math.PI / 6)}, {Math.sin(Math.PI / 6), Math.cos(Math.PI / 6)}};
        double[] v = {1, 0};
        for (int i = 0; i < 12; i++) v = new double[]{rot[0][0] * v[0] + rot[0][1] * v[1], rot[1][0] * v[0] + rot[1][1] * v[1]};
        System.out.println(String.format(Locale.ROOT, "after 12 rotations: (%.6f, %.6f)", v[0], v[1]));
        int[][] m = new int[4][5];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) m[i][j] = i * 5 + j;
        int[][] t = new int[5][4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) t[j][i] = m[i][j];
        System.out.println(Arrays.deepToString(t));
        StringBuilder spiral = new StringBuilder();
        int top = 0, bot = 3, left = 0, right = 4;
        while (top <= bot && left <= right) {
            for (int j = left; j <= right; j++) spiral.append(m[top][j]).append(' ');
            top++;
            for (int i = top; i <= bot; i++) spiral.append(m[i][right]).append(' ');
            right--;
            if (top <= bot) { for (int j = right; j >= left; j--) spiral.append(m[bot][j]).append(' '); bot--; }
            if (left <= right) { for (int i = bot; i >= top; i--) spiral.append(m[i][left]).append(' '); left++; }
        }
        System.out.println(spiral.toString().trim());
    }
}
