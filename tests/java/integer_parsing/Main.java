public class Main {
    static void tryParse(String s, int radix) {
        try { System.out.println("parseInt(\"" + s + "\", " + radix + ") = " + Integer.parseInt(s, radix)); }
        catch (NumberFormatException e) { System.out.println("parseInt(\"" + s + "\", " + radix + ") NFE: " + e.getMessage()); }
    }
    static void tryParseLong(String s, int radix) {
        try { System.out.println("parseLong(\"" + s + "\", " + radix + ") = " + Long.parseLong(s, radix)); }
        catch (NumberFormatException e) { System.out.println("parseLong(\"" + s + "\", " + radix + ") NFE: " + e.getMessage()); }
    }
    public static void main(String[] args) {
        tryParse("123", 10); tryParse("-123", 10); tryParse("+42", 10); tryParse("2147483647", 10); tryParse("-2147483648", 10);
        tryParse("2147483648", 10); tryParse("ff", 16); tryParse("-FF", 16); tryParse("1010", 2); tryParse("777", 8); tryParse("zz", 36);
        tryParse("", 10); tryParse("-", 10); tryParse("12a", 10); tryParse(" 1", 10); tryParse("9", 8); tryParse("1", 37);
        tryParse("7fffffff", 16); tryParse("80000000", 16); tryParse("-80000000", 16);
        try { Integer.parseInt(null); } catch (NumberFormatException e) { System.out.println("null: " + e.getMessage()); }
        tryParseLong("9223372036854775807", 10); tryParseLong("-9223372036854775808", 10); tryParseLong("9223372036854775808", 10);
        tryParseLong("7fffffffffffffff", 16); tryParseLong("1y2p0ij32e8e7", 36); tryParseLong("", 10);
        System.out.println("parseUnsignedInt(\"4294967295\") = " + Integer.parseUnsignedInt("4294967295"));
        System.out.println("valueOf " + Integer.valueOf("77") + " decode " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X7FFF"));
        int[] nums = {0, 1, -1, 255, -255, Integer.MAX_VALUE, Integer.MIN_VALUE, 1000};
        for (int n : nums) {
            System.out.println(n + ": bin=" + Integer.toBinaryString(n) + " oct=" + Integer.toOctalString(n) + " hex=" + Integer.toHexString(n)
                + " r36=" + Integer.toString(n, 36) + " r2=" + Integer.toString(n, 2) + " r7=" + Integer.toString(n, 7) + " unsigned16=" + Integer.toUnsignedString(n, 16));
        }
        long[] lnums = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 40, 123456789012345L};
        for (long n : lnums) {
            System.out.println(n + ": bin=" + Long.toBinaryString(n) + " hex=" + Long.toHexString(n) + " oct=" + Long.toOctalString(n) + " r36=" + Long.toString(n, 36) + " r99(->10)=" + Long.toString(n, 99));
        }
        System.out.println("Integer.toString(255, 16) = " + Integer.toString(255, 16) + ", radix 1 -> " + Integer.toString(255, 1));
        System.out.println("MIN/MAX " + Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " SIZE " + Integer.SIZE + " BYTES " + Long.BYTES);
        String roundTrip = Integer.toString(-987654, 5);
        System.out.println("round trip base5 " + roundTrip + " -> " + Integer.parseInt(roundTrip, 5));
        System.out.println("Integer.parseInt with CharSequence range: " + Integer.parseInt("abc123def", 3, 6, 10));
    }
}
