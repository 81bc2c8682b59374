public class Main {
    static int n(int x) { return x; }
    public static void main(String[] args) {
        int one = 1;
        for (int s : new int[] {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100, Integer.MIN_VALUE}) {
            System.out.println("1 << " + s + " = " + (one << s) + "; -8 >> " + s + " = " + (-8 >> s) + "; -8 >>> " + s + " = " + (-8 >>> s));
        }
        long lone = 1L;
        for (int s : new int[] {0, 1, 31, 32, 63, 64, 65, -1, -63, 127}) {
            System.out.println("1L << " + s + " = " + (lone << s) + "; -8L >> " + s + " = " + (-8L >> s) + "; -8L >>> " + s + " = " + (-8L >>> s));
        }
        long shiftByLong = 1L << 65L;
        int intShiftByLong = 1 << n(33);
        System.out.println("1L<<65L = " + shiftByLong + ", 1<<33 = " + intShiftByLong);
        byte b = -16;
        System.out.println("byte -16 >>> 2 = " + (b >>> 2) + ", (byte)(b >>> 2) = " + (byte) (b >>> 2));
        b >>>= 2;
        System.out.println("b >>>= 2 -> " + b);
        short sh = -1;
        sh >>>= 10;
        System.out.println("short -1 >>>= 10 -> " + sh);
        char c = 'A';
        System.out.println("'A' << 2 = " + (c << 2));
        c <<= 10;
        System.out.println("char <<= 10 -> " + (int) c);
        int x = 0xF0F0F0F0;
        System.out.println("x >> 4 = " + Integer.toHexString(x >> 4) + ", x >>> 4 = " + Integer.toHexString(x >>> 4));
        System.out.println("rotl = " + Integer.toHexString(Integer.rotateLeft(x, 4)) + " rotr = " + Integer.toHexString(Integer.rotateRight(x, 36)));
        System.out.println("Long.rotateLeft = " + Long.toHexString(Long.rotateLeft(0x8000000000000001L, 1)));
        int v = 1;
        for (int i = 0; i < 40; i++) { v <<= 1; if (i % 8 == 7) System.out.println("after " + (i + 1) + " shifts: " + v); }
        System.out.println("-1 >> 31 = " + (-1 >> 31) + ", -1 >>> 31 = " + (-1 >>> 31) + ", -1L >>> 63 = " + (-1L >>> 63));
        System.out.println("precedence 1 << 2 + 3 = " + (1 << 2 + 3));
    }
}
