public class Main {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, -2, 123456789, -123456789};
        for (int a : ints) {
            System.out.println(a + " u=" + Integer.toUnsignedString(a) + " ul=" + Integer.toUnsignedLong(a) + " hex=" + Integer.toHexString(a)
                + " /7=" + Integer.divideUnsigned(a, 7) + " %7=" + Integer.remainderUnsigned(a, 7) + " r36=" + Integer.toUnsignedString(a, 36));
        }
        for (int a : new int[]{0, 1, -1, Integer.MIN_VALUE})
            for (int b : new int[]{1, -1, Integer.MAX_VALUE})
                System.out.print(Integer.compareUnsigned(a, b) + " ");
        System.out.println();
        System.out.println(Integer.parseUnsignedInt("4294967295") + " " + Integer.parseUnsignedInt("ffffffff", 16) + " " + Integer.parseUnsignedInt("2147483648"));
        for (String bad : new String[]{"4294967296", "-1", "", "12a"}) {
            try { Integer.parseUnsignedInt(bad); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        }
        long[] longs = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, -1000, 0x8000_0000_0000_0001L};
        for (long a : longs) {
            System.out.println(a + " u=" + Long.toUnsignedString(a) + " /10=" + Long.divideUnsigned(a, 10) + " %10=" + Long.remainderUnsigned(a, 10)
                + " /-1=" + Long.divideUnsigned(a, -1) + " bin=" + Long.toBinaryString(a).length() + " oct=" + Long.toOctalString(a));
        }
        System.out.println(Long.parseUnsignedLong("18446744073709551615") + " " + Long.parseUnsignedLong("8000000000000000", 16) + " " + Long.compareUnsigned(-1, 1));
        try { Long.parseUnsignedLong("18446744073709551616"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        System.out.println(Long.toUnsignedString(-1, 2) + " " + Long.toUnsignedString(-1, 36));
        byte b = (byte) 0xF0; short s = (short) 0xFFFE;
        System.out.println(Byte.toUnsignedInt(b) + " " + Byte.toUnsignedLong(b) + " " + Short.toUnsignedInt(s) + " " + (b & 0xff) + " " + (b >>> 4) + " " + ((b & 0xff) >>> 4));
        System.out.println(Integer.hashCode(-1) + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32) + " " + Integer.signum(-9) + " " + Long.signum(0));
        long hi = Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE);
        System.out.println(hi + " " + Math.multiplyHigh(-5L, 3L) + " " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE));
        int h = 0x9E3779B9;
        int acc = 17;
        for (int i = 0; i < 10; i++) { acc = Integer.rotateLeft(acc * h, 13) ^ (acc >>> 7); }
        System.out.println(Integer.toUnsignedString(acc) + " " + Integer.toHexString(acc));
        long fnv = 0xcbf29ce484222325L;
        for (char c : "unsigned hashing".toCharArray()) { fnv ^= c; fnv *= 0x100000001b3L; }
        System.out.println(Long.toUnsignedString(fnv) + " " + Long.toHexString(fnv));
        System.out.println(Integer.toBinaryString(-8 >>> 28) + " " + (-8 >> 28) + " " + Integer.toOctalString(-1) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(-1));
        System.out.println(Integer.parseInt("-80000000", 16) + " " + Integer.valueOf("+7f", 16) + " " + Long.decode("-0x10") + " " + Integer.decode("010") + " " + Integer.decode("#ff"));
    }
}
