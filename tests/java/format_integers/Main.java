import java.math.BigInteger;
import java.util.Locale;

public class Main {
    static void p(String fmt, Object... args) {
        System.out.println(fmt + " -> [" + String.format(Locale.ROOT, fmt, args) + "]");
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 42, -42, 255, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : ints) {
            System.out.println(String.format(Locale.ROOT, "%d|%x|%X|%o|%08d|%-8d|%+d|% d|%(d|%,d|%#x|%#o", v, v, v, v, v, v, v, v, v, v, v, v));
        }
        long[] longs = {0L, -1L, 1234567890123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : longs) {
            System.out.println(String.format(Locale.ROOT, "%d|%x|%o|%,d|%(,d|%+,d|%020d", v, v, v, v, v, v, v));
        }
        p("%d", (byte) -5);
        p("%x", (byte) -5);
        p("%x", (short) -5);
        p("%o", (short) -5);
        p("%d", (short) 300);
        p("%5d|%-5d|%05d", 7, 7, 7);
        p("%3d", 123456);
        p("%,15d", 1234567);
        p("%-,15d|", -1234567);
        p("%0,12d", 1234567);
        p("%+(d", 5);
        p("%+(d", -5);
        p("% (d", -5);
        p("%x %X", 3054, 3054);
        p("%#X", 255);
        p("%08X", 0xCAFE);
        p("%d", new BigInteger("123456789012345678901234567890"));
        p("%x", new BigInteger("-255"));
        p("%o", new BigInteger("-8"));
        p("%+,d", new BigInteger("-98765432109876543210"));
        p("%#x", new BigInteger("4096"));
        p("%(d", new BigInteger("-77"));
        p("%d", (Object) null);
        p("%x", (Object) null);
        p("%2$d %1$d", 1, 2);
        p("%d %<x %<o", 64);
        p("%1$d %1$d %d %d", 10, 20);
        p("%c%c%c", 'a', 66, (int) 'z');
        p("%h", 12345);
        p("%h", "hello");
        p("%H", "hello");
        p("%h", (Object) null);
        String[] bad = {"%d", "%q", "%-d", "%05s", "%#d", "%,x", "%3$d", "%.2d", "%+s", "%(x"};
        for (String f : bad) {
            try {
                String r = String.format(Locale.ROOT, f, 1.5);
                System.out.println(f + " ok " + r);
            } catch (java.util.IllegalFormatException e) {
                System.out.println(f + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            String.format(Locale.ROOT, "%d %d", 1);
        } catch (java.util.MissingFormatArgumentException e) {
            System.out.println("missing " + e.getMessage() + " " + e.getFormatSpecifier());
        }
        try {
            String.format(Locale.ROOT, "%d", "str");
        } catch (java.util.IllegalFormatConversionException e) {
            System.out.println("conversion " + e.getMessage() + " " + e.getConversion() + " " + e.getArgumentClass().getName());
        }
        StringBuilder table = new StringBuilder();
        for (int row = 1; row <= 5; row++) {
            for (int col = 1; col <= 5; col++) table.append(String.format(Locale.ROOT, "%4d", row * col * 7));
            table.append('\n');
        }
        System.out.print(table);
        System.out.printf(Locale.ROOT, "printf %d %s %x%n", 1, "two", 3);
        System.out.format(Locale.ROOT, "format %05d%%%n", 99);
        System.out.println("formatted " + "%d-%d".formatted(3, 4));
    }
}
