// Array work: int[], long[], double[] and Object[] fill, sum and copy (by
// loop, System.arraycopy and clone), a 2-D int array, and bounds-checked
// indexed loops.
public class Arrays {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 900;
        final int n = 4096;
        int[] ia = new int[n];
        long[] la = new long[n];
        double[] da = new double[n];
        Object[] oa = new Object[n];
        Integer[] boxes = new Integer[64];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = i * 3;
        }
        int[][] grid = new int[64][64];
        long sum = 0;
        double dsum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                ia[i] = i * r + 1;
                la[i] = (long) i * i + r;
                da[i] = i * 0.25 + r;
                oa[i] = boxes[(i + r) & 63];
            }
            for (int i = 0; i < n; i++) {
                sum += ia[i] + la[i];
                dsum += da[i];
                sum += ((Integer) oa[i]).intValue();
            }
            int[] ib = new int[n];
            for (int i = 0; i < n; i++) {
                ib[n - 1 - i] = ia[i];
            }
            long[] lb = new long[n];
            System.arraycopy(la, 0, lb, 0, n);
            Object[] ob = oa.clone();
            for (int i = 1; i < n; i++) {
                ib[i] += ib[i - 1] & 0xFF;
                lb[i] ^= lb[i - 1];
            }
            sum += ib[n - 1] + lb[n - 1] + (ob[n / 2] == oa[n / 2] ? 1 : 0);
            for (int y = 0; y < grid.length; y++) {
                int[] row = grid[y];
                for (int x = 0; x < row.length; x++) {
                    row[x] = x * y + r;
                }
            }
            for (int y = 1; y < 64; y++) {
                for (int x = 1; x < 64; x++) {
                    grid[y][x] += grid[y - 1][x] - grid[y][x - 1];
                }
            }
            sum += grid[63][63];
            // Bounds checks that fail, caught.
            try {
                ia[n + (r & 1)] = 1;
            } catch (ArrayIndexOutOfBoundsException e) {
                sum++;
            }
        }
        System.out.println("Arrays " + sum + " " + (long) dsum);
    }
}
