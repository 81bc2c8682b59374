import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String header = in.readLine();
        System.out.println("header [" + header + "]");
        int rows = Integer.parseInt(in.readLine().trim());
        int[][] grid = new int[rows][];
        for (int r = 0; r < rows; r++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            grid[r] = new int[st.countTokens()];
            for (int c = 0; st.hasMoreTokens(); c++) grid[r][c] = Integer.parseInt(st.nextToken());
        }
        System.out.println("grid " + Arrays.deepToString(grid));
        int[] colSums = new int[grid[0].length];
        for (int[] row : grid) for (int c = 0; c < row.length; c++) colSums[c] += row[c];
        System.out.println("column sums " + Arrays.toString(colSums));
        in.mark(100);
        String peek = in.readLine();
        in.reset();
        System.out.println("peeked [" + peek + "] then read [" + in.readLine() + "]");
        char[] buf = new char[5];
        int got = in.read(buf, 0, 5);
        System.out.println("read chars " + got + " [" + new String(buf, 0, got) + "] single " + (char) in.read() + " skip " + in.skip(3) + " ready " + in.ready());
        System.out.println("rest of that line [" + in.readLine() + "]");
        StreamTokenizer tok = new StreamTokenizer(new StringReader(in.readLine()));
        List<String> tokens = new ArrayList<>();
        while (tok.nextToken() != StreamTokenizer.TT_EOF) {
            tokens.add(switch (tok.ttype) {
                case StreamTokenizer.TT_NUMBER -> "num:" + tok.nval;
                case StreamTokenizer.TT_WORD -> "word:" + tok.sval;
                case '"' -> "str:" + tok.sval;
                default -> "char:" + (char) tok.ttype;
            });
        }
        System.out.println("tokens " + tokens);
        List<String> remaining = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) remaining.add(line);
        System.out.println("remaining " + remaining.size() + " lines");
        for (int i = 0; i < remaining.size(); i++) {
            String l = remaining.get(i);
            System.out.println(String.format(Locale.ROOT, "%2d [%s] len=%d blank=%b upper=%s", i, l, l.length(), l.isBlank(), l.toUpperCase(Locale.ROOT)));
        }
        System.out.println("after EOF readLine " + in.readLine() + " read " + in.read());
    }
}
