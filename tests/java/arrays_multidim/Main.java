import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * 10 + j;
        System.out.println(Arrays.deepToString(grid));
        int[][] jag = new int[4][];
        System.out.println("jag before: " + Arrays.deepToString(jag));
        for (int i = 0; i < jag.length; i++) { jag[i] = new int[i + 1]; Arrays.fill(jag[i], i); }
        System.out.println("jag after: " + Arrays.deepToString(jag));
        int[][] tri = {{1}, {1, 1}, {1, 2, 1}, {}, {1, 3, 3, 1}};
        for (int[] row : tri) System.out.println(row.length + " " + Arrays.toString(row));
        long[][][] cube = new long[2][3][2];
        long v = 0;
        for (long[][] plane : cube) for (long[] row : plane) for (int k = 0; k < row.length; k++) row[k] = v++;
        System.out.println(Arrays.deepToString(cube));
        int[][][] partial = new int[2][2][];
        System.out.println("partial: " + Arrays.deepToString(partial));
        String[][] names = {{"a", "b"}, {"c", null}};
        System.out.println(Arrays.deepToString(names));
        int[][] shallow = grid.clone();
        shallow[0][0] = 999;
        shallow[1] = new int[] {-1};
        System.out.println("after clone edit, grid: " + Arrays.deepToString(grid));
        System.out.println("shallow: " + Arrays.deepToString(shallow));
        int[][] deep = new int[grid.length][];
        for (int i = 0; i < grid.length; i++) deep[i] = grid[i].clone();
        deep[2][3] = -5;
        System.out.println("deep copy equal? " + Arrays.deepEquals(grid, deep) + ", grid[2][3]=" + grid[2][3]);
        int n = 5;
        long[][] pascal = new long[n][];
        for (int i = 0; i < n; i++) {
            pascal[i] = new long[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        System.out.println("pascal " + Arrays.deepToString(pascal));
        int[][] a = {{1, 2}, {3, 4}}, b = {{5, 6}, {7, 8}};
        int[][] c = new int[2][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) c[i][j] += a[i][k] * b[k][j];
        System.out.println("matmul " + Arrays.deepToString(c));
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X'; board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        boolean[][] flags = new boolean[2][3];
        flags[1][2] = true;
        System.out.println(Arrays.deepToString(flags));
        double[][] dd = new double[2][];
        dd[0] = new double[] {0.5, -0.0};
        System.out.println(Arrays.deepToString(dd) + " " + dd[0].length);
        Object[] mixed = {new int[] {1}, new String[] {"s"}, "plain", new Object[] {1, new int[][] {{2}}}};
        System.out.println(Arrays.deepToString(mixed));
        System.out.println("class names: " + grid.getClass().getName() + " " + cube.getClass().getName() + " " + names.getClass().getSimpleName());
        try { int[][] bad = new int[2][-1]; } catch (NegativeArraySizeException e) { System.out.println("NASE: " + e.getMessage()); }
        try { System.out.println(jag[1][5]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE: " + e.getMessage()); }
        int[][] nul = new int[2][];
        try { nul[0][0] = 1; } catch (NullPointerException e) { System.out.println("NPE on null row"); }
        Object o = grid;
        System.out.println("instanceof int[][]: " + (o instanceof int[][]) + " Object[]: " + (o instanceof Object[]) + " int[]: " + (grid[0] instanceof Object));
    }
}
