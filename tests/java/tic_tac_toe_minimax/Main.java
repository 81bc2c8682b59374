public class Main {
    static final int[][] LINES = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
    static int nodes;

    static char winner(char[] b) {
        for (int[] l : LINES) if (b[l[0]] != '.' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]]) return b[l[0]];
        for (char c : b) if (c == '.') return 0;
        return 'D';
    }

    static int minimax(char[] b, char player, int depth, int alpha, int beta) {
        nodes++;
        char w = winner(b);
        if (w == 'X') return 10 - depth;
        if (w == 'O') return depth - 10;
        if (w == 'D') return 0;
        if (player == 'X') {
            int best = Integer.MIN_VALUE;
            for (int i = 0; i < 9; i++) if (b[i] == '.') {
                b[i] = 'X';
                best = Math.max(best, minimax(b, 'O', depth + 1, alpha, beta));
                b[i] = '.';
                alpha = Math.max(alpha, best);
                if (beta <= alpha) break;
            }
            return best;
        } else {
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < 9; i++) if (b[i] == '.') {
                b[i] = 'O';
                best = Math.min(best, minimax(b, 'X', depth + 1, alpha, beta));
                b[i] = '.';
                beta = Math.min(beta, best);
                if (beta <= alpha) break;
            }
            return best;
        }
    }

    static int bestMove(char[] b, char player) {
        int bestIdx = -1, bestScore = player == 'X' ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (int i = 0; i < 9; i++) if (b[i] == '.') {
            b[i] = player;
            int s = minimax(b, player == 'X' ? 'O' : 'X', 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
            b[i] = '.';
            if (player == 'X' ? s > bestScore : s < bestScore) { bestScore = s; bestIdx = i; }
        }
        return bestIdx;
    }

    static void print(char[] b) {
        for (int r = 0; r < 3; r++) System.out.println(" " + b[r * 3] + " " + b[r * 3 + 1] + " " + b[r * 3 + 2]);
    }

    static void play(String start) {
        char[] b = start.toCharArray();
        int xs = 0, os = 0;
        for (char c : b) { if (c == 'X') xs++; if (c == 'O') os++; }
        char turn = xs > os ? 'O' : 'X';
        System.out.println("start " + start + ", " + turn + " to move");
        while (winner(b) == 0) {
            nodes = 0;
            int m = bestMove(b, turn);
            b[m] = turn;
            System.out.println(turn + " plays " + m + " (searched " + nodes + " nodes)");
            turn = turn == 'X' ? 'O' : 'X';
        }
        print(b);
        char w = winner(b);
        System.out.println(w == 'D' ? "draw" : w + " wins");
    }

    public static void main(String[] args) {
        play(".........");
        play("X...O....");
        play("XX..O..O.");
        play("X.O.X....");
        play("OX.XO....");
        int xWins = 0, oWins = 0, draws = 0, games = 0;
        int[] perm = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        long seed = 12345;
        for (int g = 0; g < 200; g++) {
            for (int i = 8; i > 0; i--) { seed = (seed * 6364136223846793005L + 1442695040888963407L); int j = (int) ((seed >>> 33) % (i + 1)); int t = perm[i]; perm[i] = perm[j]; perm[j] = t; }
            char[] b = ".........".toCharArray();
            char turn = 'X';
            for (int k = 0; k < 9 && winner(b) == 0; k++) { b[perm[k]] = turn; turn = turn == 'X' ? 'O' : 'X'; }
            char w = winner(b);
            games++;
            if (w == 'X') xWins++; else if (w == 'O') oWins++; else draws++;
        }
        System.out.println("random games " + games + ": X " + xWins + ", O " + oWins + ", draws " + draws);
    }
}
