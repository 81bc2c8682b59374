import java.util.*;

public class Main {
    static int steps;

    static boolean ok(int[][] g, int r, int c, int v) {
        for (int i = 0; i < 9; i++) if (g[r][i] == v || g[i][c] == v) return false;
        int br = r / 3 * 3, bc = c / 3 * 3;
        for (int i = br; i < br + 3; i++) for (int j = bc; j < bc + 3; j++) if (g[i][j] == v) return false;
        return true;
    }

    static boolean solve(int[][] g) {
        int bestR = -1, bestC = -1, bestCount = 10;
        for (int r = 0; r < 9; r++)
            for (int c = 0; c < 9; c++)
                if (g[r][c] == 0) {
                    int cnt = 0;
                    for (int v = 1; v <= 9; v++) if (ok(g, r, c, v)) cnt++;
                    if (cnt < bestCount) { bestCount = cnt; bestR = r; bestC = c; }
                }
        if (bestR < 0) return true;
        for (int v = 1; v <= 9; v++) {
            if (ok(g, bestR, bestC, v)) {
                steps++;
                g[bestR][bestC] = v;
                if (solve(g)) return true;
                g[bestR][bestC] = 0;
            }
        }
        return false;
    }

    static void print(int[][] g) {
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0 && r > 0) System.out.println("------+-------+------");
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 9; c++) {
                if (c % 3 == 0 && c > 0) sb.append("| ");
                sb.append(g[r][c] == 0 ? "." : String.valueOf(g[r][c])).append(' ');
            }
            System.out.println(sb.toString().stripTrailing());
        }
    }

    static int[][] parse(String s) {
        int[][] g = new int[9][9];
        for (int i = 0; i < 81; i++) { char ch = s.charAt(i); g[i / 9][i % 9] = ch == '.' ? 0 : ch - '0'; }
        return g;
    }

    static int nQueens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        int free = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (free != 0) {
            int bit = free & -free;
            free -= bit;
            count += nQueens(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return count;
    }

    static void combos(int[] cands, int target, int start, Deque<Integer> cur, List<String> out) {
        if (target == 0) { out.add(cur.toString()); return; }
        for (int i = start; i < cands.length && cands[i] <= target; i++) {
            if (i > start && cands[i] == cands[i - 1]) continue;
            cur.addLast(cands[i]);
            combos(cands, target - cands[i], i + 1, cur, out);
            cur.removeLast();
        }
    }

    static boolean wordSearch(char[][] b, String w, int r, int c, int k) {
        if (k == w.length()) return true;
        if (r < 0 || c < 0 || r >= b.length || c >= b[0].length || b[r][c] != w.charAt(k)) return false;
        char saved = b[r][c];
        b[r][c] = '#';
        boolean f = wordSearch(b, w, r + 1, c, k + 1) || wordSearch(b, w, r - 1, c, k + 1) || wordSearch(b, w, r, c + 1, k + 1) || wordSearch(b, w, r, c - 1, k + 1);
        b[r][c] = saved;
        return f;
    }

    public static void main(String[] args) {
        String[] puzzles = {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..",
        };
        for (String p : puzzles) {
            int[][] g = parse(p);
            steps = 0;
            boolean solved = solve(g);
            System.out.println("solved=" + solved + " placements=" + steps);
            print(g);
            int sum = 0;
            for (int[] row : g) for (int v : row) sum += v;
            System.out.println("sum " + sum);
        }
        int[][] bad = parse("55..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79");
        System.out.println("contradictory solvable=" + solve(bad));
        for (int n = 1; n <= 9; n++) System.out.print(n + ":" + nQueens(n, 0, 0, 0, 0) + " ");
        System.out.println();
        int[] cands = {10, 1, 2, 7, 6, 1, 5};
        Arrays.sort(cands);
        List<String> out = new ArrayList<>();
        combos(cands, 8, 0, new ArrayDeque<>(), out);
        System.out.println(out);
        char[][] board = {"ABCE".toCharArray(), "SFCS".toCharArray(), "ADEE".toCharArray()};
        for (String w : new String[]{"ABCCED", "SEE", "ABCB", "ADFBCCEESE"}) {
            boolean found = false;
            for (int r = 0; r < 3 && !found; r++) for (int c = 0; c < 4 && !found; c++) found = wordSearch(board, w, r, c, 0);
            System.out.print(w + "=" + found + " ");
        }
        System.out.println();
    }
}
