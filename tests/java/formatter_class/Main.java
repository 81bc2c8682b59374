import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder("start:");
        Formatter f = new Formatter(sb, Locale.ROOT);
        f.format("%d", 1).format(" %s", "two").format(" %.1f", 3.0);
        System.out.println("sb=" + sb);
        System.out.println("toString=" + f);
        System.out.println("out same " + (f.out() == sb));
        System.out.println("locale " + f.locale());
        f.flush();
        f.close();
        try {
            f.format("x");
        } catch (FormatterClosedException e) {
            System.out.println("closed " + e.getClass().getName());
        }
        try {
            f.toString();
        } catch (FormatterClosedException e) {
            System.out.println("closed toString");
        }
        f.close();

        Formatter g = new Formatter(Locale.ROOT);
        for (int i = 0; i < 5; i++) g.format("[%02d:%-3s]", i, "#".repeat(i));
        System.out.println(g.toString());
        System.out.println("ioException " + g.ioException());

        StringWriter sw = new StringWriter();
        try (Formatter h = new Formatter(sw)) {
            h.format(Locale.ROOT, "%08.3f|%x", 2.5, 48879);
        }
        System.out.println("writer " + sw);

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bos, true, "UTF-8");
        ps.printf(Locale.ROOT, "%s=%d%n", "k", 5);
        ps.format(Locale.ROOT, "%b", true);
        ps.flush();
        System.out.println("stream " + bos.toString("UTF-8").replace("\n", "\\n") + " size " + bos.size());

        StringWriter sw2 = new StringWriter();
        PrintWriter pw = new PrintWriter(sw2);
        pw.printf(Locale.ROOT, "%-6s|%6s|%n", "ab", "cd");
        pw.format(Locale.ROOT, "%,d", 1000000);
        pw.flush();
        System.out.println("printwriter " + sw2.toString().replace("\n", "\\n"));

        Appendable failing = new Appendable() {
            public Appendable append(CharSequence csq) throws IOException { throw new IOException("disk full"); }
            public Appendable append(CharSequence csq, int s, int e) throws IOException { throw new IOException("disk full"); }
            public Appendable append(char c) throws IOException { throw new IOException("disk full"); }
        };
        Formatter bad = new Formatter(failing, Locale.ROOT);
        bad.format("%s", "x");
        System.out.println("ioException after failure: " + bad.ioException().getMessage());

        Formatter cnt = new Formatter(Locale.ROOT);
        String[][] rows = {{"id", "item", "price"}, {"1", "apple", "0.5"}, {"22", "watermelon", "3.25"}, {"333", "fig", "12"}};
        for (String[] r : rows) {
            Object price = r[0].equals("id") ? r[2] : (Object) Double.parseDouble(r[2]);
            if (price instanceof Double d) cnt.format("%4s %-12s %8.2f%n", r[0], r[1], d);
            else cnt.format("%4s %-12s %8s%n", r[0], r[1], price);
        }
        System.out.print(cnt);
        System.out.println(String.format(Locale.ROOT, "%s", new Formatter(Locale.ROOT).format("%05d", 42)));
    }
}
