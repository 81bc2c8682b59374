import java.util.*;

public class Main {
    static class Point implements Formattable {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "Point(" + x + "," + y + ")"; }
        public void formatTo(Formatter f, int flags, int width, int precision) {
            boolean alt = (flags & FormattableFlags.ALTERNATE) != 0;
            boolean upper = (flags & FormattableFlags.UPPERCASE) != 0;
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            String s = alt ? "<" + x + ";" + y + ">" : "(" + x + ", " + y + ")";
            if (upper) s = s.toUpperCase(Locale.ROOT) + "!";
            if (precision >= 0 && s.length() > precision) s = s.substring(0, precision);
            while (s.length() < width) s = left ? s + "_" : "_" + s;
            f.format("%s", s);
        }
    }

    static void p(String fmt, Object... args) {
        System.out.println(fmt + " -> [" + String.format(Locale.ROOT, fmt, args) + "]");
    }

    public static void main(String[] args) {
        p("%s", "plain");
        p("%S", "shout");
        p("%10s|", "right");
        p("%-10s|", "left");
        p("%.3s", "truncate");
        p("%-8.2s|", "xyz");
        p("%s %s %s", null, true, 'c');
        p("%S", (Object) null);
        p("%s", List.of(1, 2, 3));
        p("%S", List.of("a", "b"));
        p("%s", new int[0].length);
        p("%s", new Point(1, 2));
        p("%#s", new Point(1, 2));
        p("%S", new Point(3, 4));
        p("%-12s|", new Point(5, 6));
        p("%12.5s|", new Point(7, 8));
        p("%c", 'x');
        p("%C", 'x');
        p("%5c|%-5c|", 'a', 'b');
        p("%c", 0x1F600);
        p("%c", (Object) null);
        p("%b %b %b %b", true, false, null, "nonnull");
        p("%B", true);
        p("%5b|%-6b|%.2b", true, false, true);
        p("100%%");
        p("%5%|");
        p("%-5%|");
        p("a%nb");
        p("%s and %s and %1$s", "x", "y");
        p("%3$s %2$s %1$s", "a", "b", "c");
        p("%s %<S %<.1s", "echo");
        p("no args");
        p("extra args ignored %s", "one", "two");
        Object[] bad = {"%c", 1.5, "%c", -1, "%c", "str", "%b", 0};
        for (int i = 0; i < bad.length; i += 2) {
            try {
                System.out.println(bad[i] + " " + String.format(Locale.ROOT, (String) bad[i], bad[i + 1]));
            } catch (IllegalFormatException e) {
                System.out.println(bad[i] + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            String.format(Locale.ROOT, "%-s", "x");
        } catch (MissingFormatWidthException e) {
            System.out.println("MissingFormatWidth " + e.getMessage());
        }
        try {
            String.format(Locale.ROOT, "%<s", "x");
        } catch (MissingFormatArgumentException e) {
            System.out.println("MissingFormatArgument " + e.getMessage());
        }
        try {
            String.format(Locale.ROOT, "%s %", "x");
        } catch (UnknownFormatConversionException e) {
            System.out.println("UnknownFormatConversion " + e.getMessage());
        }
        try {
            String.format(Locale.ROOT, "%--s", "x");
        } catch (DuplicateFormatFlagsException e) {
            System.out.println("DuplicateFormatFlags " + e.getMessage());
        }
        String[] names = {"alice", "bob", "christina", "dan"};
        int[] scores = {93, 7, 100, 55};
        System.out.println(String.format(Locale.ROOT, "%-10s|%6s|%s", "name", "score", "bar"));
        for (int i = 0; i < names.length; i++) {
            System.out.println(String.format(Locale.ROOT, "%-10s|%6d|%s", names[i], scores[i], "#".repeat(scores[i] / 10)));
        }
        System.out.println(String.format(Locale.ROOT, "%s", "").isEmpty());
        System.out.println(String.join(",", String.format(Locale.ROOT, "%s;%s", "a", "b").split(";")));
    }
}
