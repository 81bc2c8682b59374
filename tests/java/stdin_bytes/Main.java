import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        int b, count = 0, sum = 0, newlines = 0;
        int[] hist = new int[128];
        while ((b = System.in.read()) != -1) {
            count++; sum += b;
            if (b == '\n') newlines++;
            if (b < 128) hist[b]++;
        }
        System.out.println("bytes=" + count + " sum=" + sum + " newlines=" + newlines);
        for (int i = 0; i < 128; i++) if (hist[i] > 0) System.out.println((i >= 32 && i < 127 ? "'" + (char) i + "'" : "#" + i) + " x" + hist[i]);
        java.util.Scanner sc = new java.util.Scanner("3 4 5\nsix");
        int total = 0;
        while (sc.hasNextInt()) total += sc.nextInt();
        System.out.println("scanner total " + total + " rest " + sc.next());
    }
}
