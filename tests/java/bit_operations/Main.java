public class Main {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 2, 3, 6, 255, 256, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678, -12345};
        for (int v : vals) {
            System.out.println(v + ": bitCount=" + Integer.bitCount(v) + " reverse=" + Integer.reverse(v) + " reverseBytes=" + Integer.toHexString(Integer.reverseBytes(v))
                + " highestOneBit=" + Integer.highestOneBit(v) + " lowestOneBit=" + Integer.lowestOneBit(v) + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v)
                + " signum=" + Integer.signum(v));
        }
        long[] lvals = {0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0x0123456789ABCDEFL, 1L << 33};
        for (long v : lvals) {
            System.out.println(v + "L: bitCount=" + Long.bitCount(v) + " reverse=" + Long.reverse(v) + " highestOneBit=" + Long.highestOneBit(v) + " lowestOneBit=" + Long.lowestOneBit(v)
                + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " reverseBytes=" + Long.toHexString(Long.reverseBytes(v)));
        }
        int a = 0b1100_1010, b = 0b1010_0110;
        System.out.println("and=" + Integer.toBinaryString(a & b) + " or=" + Integer.toBinaryString(a | b) + " xor=" + Integer.toBinaryString(a ^ b) + " not a=" + (~a) + " andNot=" + Integer.toBinaryString(a & ~b));
        long la = 0xFFFF0000FFFF0000L;
        System.out.println("long ops: " + Long.toHexString(la & 0x00FFFF0000FFFF00L) + " " + Long.toHexString(la | 1) + " " + Long.toHexString(la ^ -1L) + " " + Long.toHexString(~la));
        int x = 0;
        x |= 1 << 3; x |= 1 << 7; x ^= 1 << 3; x &= ~(1 << 10);
        System.out.println("flags " + Integer.toBinaryString(x) + " isSet7=" + ((x & (1 << 7)) != 0) + " isSet3=" + ((x >> 3 & 1) == 1));
        int pow2 = 1000;
        System.out.println("next pow2 >= 1000: " + (Integer.highestOneBit(pow2 - 1) << 1) + " isPow2(1024)=" + (Integer.bitCount(1024) == 1));
        int popcount = 0;
        for (int i = 0; i < 1024; i++) popcount += Integer.bitCount(i);
        System.out.println("total popcount 0..1023 = " + popcount);
        int swapA = 17, swapB = 42;
        swapA ^= swapB; swapB ^= swapA; swapA ^= swapB;
        System.out.println("xor swap " + swapA + " " + swapB);
        boolean t = true, f = false;
        System.out.println("boolean bit ops: " + (t & f) + " " + (t | f) + " " + (t ^ t) + " " + (!t));
        int gray = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) { gray = i ^ (i >> 1); sb.append(gray).append(' '); }
        System.out.println("gray codes " + sb);
        System.out.println("compress sign: " + (-8 >> 1) + " " + (-8 >>> 28) + " " + (~0 >>> 1));
        System.out.println("Integer.compress-less mask " + Integer.toHexString(0xDEADBEEF & 0x0F0F0F0F) + " " + Long.toHexString(0xDEADBEEFL << 32 | 0xCAFEBABEL));
    }
}
