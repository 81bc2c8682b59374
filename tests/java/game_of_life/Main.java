public class Main {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = 0;
                for (int dy = -1; dy <= 1; dy++)
                    for (int dx = -1; dx <= 1; dx++) {
                        if (dx == 0 && dy == 0) continue;
                        int yy = (y + dy + h) % h, xx = (x + dx + w) % w;
                        if (g[yy][xx]) c++;
                    }
                n[y][x] = g[y][x] ? (c == 2 || c == 3) : c == 3;
            }
        }
        return n;
    }
    static void print(boolean[][] g, int gen) {
        int alive = 0;
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean b : row) { sb.append(b ? '#' : '.'); if (b) alive++; }
            sb.append('\n');
        }
        System.out.print("generation " + gen + " alive " + alive + "\n" + sb);
    }
    public static void main(String[] args) {
        boolean[][] g = new boolean[10][12];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        g[6][6] = g[6][7] = g[6][8] = true;
        for (int gen = 0; gen <= 8; gen++) {
            if (gen % 2 == 0) print(g, gen);
            g = step(g);
        }
        long checksum = 0;
        for (int gen = 0; gen < 200; gen++) {
            g = step(g);
            for (int y = 0; y < g.length; y++) for (int x = 0; x < g[y].length; x++) if (g[y][x]) checksum = checksum * 31 + y * 12 + x;
        }
        print(g, 209);
        System.out.println("checksum " + checksum);
    }
}
