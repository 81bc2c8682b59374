public class Main {
    public static void main(String[] args) {
        byte b = 127;
        b++;
        System.out.println("byte 127++ = " + b);
        b = (byte) 200;
        System.out.println("(byte) 200 = " + b);
        b = (byte) -129;
        System.out.println("(byte) -129 = " + b);
        b = 10;
        b += 120;
        System.out.println("byte 10 += 120 -> " + b);
        b *= 3;
        System.out.println("byte *= 3 -> " + b);
        b -= 300;
        System.out.println("byte -= 300 -> " + b);
        short s = Short.MAX_VALUE;
        s++;
        System.out.println("short MAX++ = " + s);
        s = (short) 70000;
        System.out.println("(short) 70000 = " + s);
        s = -1;
        s >>= 1;
        System.out.println("short -1 >>= 1 = " + s);
        s = (short) 0x8000;
        System.out.println("(short) 0x8000 = " + s);
        char c = (char) -1;
        System.out.println("(int)(char) -1 = " + (int) c);
        c = (char) 65536;
        System.out.println("(int)(char) 65536 = " + (int) c);
        c = (char) (short) -2;
        System.out.println("(int)(char)(short)-2 = " + (int) c);
        short fromChar = (short) '\uffff';
        System.out.println("(short) '\\uffff' = " + fromChar);
        byte fromChar2 = (byte) '\u00e9';
        System.out.println("(byte) 'e acute' = " + fromChar2);
        int ub = b & 0xff;
        System.out.println("unsigned byte: " + ub + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.toUnsignedInt((short) -1));
        byte[] bytes = new byte[8];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i * 50);
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) sb.append(x).append(' ');
        System.out.println("bytes: " + sb);
        short[] shorts = {1, -1, Short.MIN_VALUE, Short.MAX_VALUE};
        for (short x : shorts) System.out.println("short " + x + " * 2 = " + (x * 2) + ", (short)(x*2) = " + (short) (x * 2));
        byte p = 1;
        for (int i = 0; i < 10; i++) { p <<= 1; System.out.print(p + " "); }
        System.out.println();
        final byte k = 10;
        byte sum = k + 20;
        System.out.println("constant-folded byte = " + sum);
        System.out.println("Byte range: " + Byte.MIN_VALUE + ".." + Byte.MAX_VALUE + ", Short: " + Short.MIN_VALUE + ".." + Short.MAX_VALUE);
        System.out.println("Byte.parseByte(\"-128\") = " + Byte.parseByte("-128"));
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println("NFE: " + e.getMessage()); }
        try { Short.parseShort("40000"); } catch (NumberFormatException e) { System.out.println("NFE: " + e.getMessage()); }
        System.out.println("Byte.valueOf((byte)5).equals(5) = " + Byte.valueOf((byte) 5).equals(5) + ", compare = " + Byte.compare((byte) -1, (byte) 1));
        System.out.println("Short.reverseBytes(0x1234) = " + Integer.toHexString(Short.reverseBytes((short) 0x1234)));
        boolean t = true;
        t &= false;
        System.out.println("boolean &= false -> " + t);
        t |= true;
        t ^= true;
        System.out.println("boolean |= true ^= true -> " + t);
    }
}
