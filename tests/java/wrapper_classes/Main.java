import java.util.*;

public class Main {
    public static void main(String[] args) {
        Integer i127a = 127, i127b = 127, i128a = 128, i128b = 128, im128a = -128, im128b = -128, im129a = -129, im129b = -129;
        System.out.println("Integer cache " + (i127a == i127b) + " " + (i128a == i128b) + " " + (im128a == im128b) + " " + (im129a == im129b));
        System.out.println("valueOf " + (Integer.valueOf(127) == Integer.valueOf(127)) + " " + (Integer.valueOf(1000) == Integer.valueOf(1000)) + " equals " + Integer.valueOf(1000).equals(1000));
        System.out.println("Long cache " + (Long.valueOf(127L) == Long.valueOf(127L)) + " " + (Long.valueOf(128L) == Long.valueOf(128L)));
        System.out.println("Character cache " + (Character.valueOf('\u007f') == Character.valueOf('\u007f')) + " " + (Character.valueOf('\u0080') == Character.valueOf('\u0080')));
        System.out.println("Boolean " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + (Boolean.valueOf("TRUE") == Boolean.TRUE) + " " + Boolean.parseBoolean("yes") + " " + Boolean.valueOf(null));
        System.out.println("Byte/Short cache " + (Byte.valueOf((byte) -1) == Byte.valueOf((byte) -1)) + " " + (Short.valueOf((short) 100) == Short.valueOf((short) 100)) + " " + (Short.valueOf((short) 200) == Short.valueOf((short) 200)));
        Double d1 = 1.0, d2 = 1.0;
        System.out.println("Double no cache " + (d1 == d2) + " equals " + d1.equals(d2));
        System.out.println("Integer methods " + Integer.compare(3, 5) + " " + Integer.signum(-9) + " " + Integer.sum(2, 3) + " " + Integer.max(4, 9) + " " + Integer.toUnsignedString(-1) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println("Integer conv " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2) + " " + Integer.valueOf("-42") + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff"));
        System.out.println("Integer bits " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.reverse(1) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3));
        System.out.println("Long methods " + Long.parseLong("-9223372036854775808") + " " + Long.toHexString(Long.MIN_VALUE) + " " + Long.toUnsignedString(-1L) + " " + Long.compareUnsigned(-1L, 1L) + " " + Long.hashCode(1L << 32) + " " + Long.numberOfTrailingZeros(1024));
        System.out.println("Short/Byte " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.reverseBytes((short) 0x1234) + " " + Byte.parseByte("-128") + " " + Short.compare((short) 1, (short) -1) + " " + Byte.hashCode((byte) -3));
        System.out.println("Character " + Character.isLetterOrDigit('_') + " " + Character.isWhitespace('\t') + " " + Character.toChars(65)[0] + " " + Character.getNumericValue('z') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16) + " " + Character.compare('a', 'b') + " " + (int) Character.reverseBytes('\u0102'));
        System.out.println("Character names " + Character.isJavaIdentifierStart('$') + " " + Character.isJavaIdentifierPart('-') + " " + Character.isUpperCase('\u00c9') + " " + Character.toLowerCase('\u00c9') + " " + Character.isSurrogate('\ud800') + " " + Character.toString(0x1F600).length());
        System.out.println("Double methods " + Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, 1.0) + " " + Double.isNaN(0.0 / 0) + " " + Double.isInfinite(1 / 0.0) + " " + Double.isFinite(1e308 * 10) + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0));
        System.out.println("Double parse " + Double.parseDouble("1e-3") + " " + Double.valueOf("  12.5  ") + " " + Double.parseDouble("0x1.8p1") + " " + Double.parseDouble("-Infinity") + " " + Double.parseDouble("NaN") + " " + Double.toHexString(0.1) + " " + Double.parseDouble("1d") + " " + Double.parseDouble("2f"));
        System.out.println("Float methods " + Float.compare(1f, 2f) + " " + Float.MIN_NORMAL + " " + Float.parseFloat("3.4028236e38") + " " + Float.toHexString(1f) + " " + Float.hashCode(1.5f) + " " + Float.valueOf(0.1f).doubleValue());
        System.out.println("Double hashCode " + Double.hashCode(1.5) + " " + Double.valueOf(-0.0).hashCode() + " " + Double.valueOf(0.0).hashCode() + " NaN equals " + Double.valueOf(Double.NaN).equals(Double.NaN) + " -0 equals " + Double.valueOf(-0.0).equals(0.0));
        System.out.println("Number conversions " + Integer.valueOf(300).byteValue() + " " + Double.valueOf(3.99).intValue() + " " + Long.valueOf(1L << 40).intValue() + " " + Float.valueOf(1e10f).longValue() + " " + Short.valueOf((short) -2).doubleValue());
        System.out.println("constants " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE + " " + Double.MIN_NORMAL + " " + Integer.SIZE + " " + Long.BYTES + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        String[] bad = {"", "abc", "2147483648", "-", "+", "1_000", " 1", "0x10", "١٢"};
        for (String s : bad) {
            try {
                System.out.println("parseInt '" + s + "' = " + Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("parseInt '" + s + "' NFE " + e.getMessage());
            }
        }
        try {
            Double.parseDouble("1.2.3");
        } catch (NumberFormatException e) {
            System.out.println("parseDouble NFE " + e.getMessage());
        }
        try {
            Integer.valueOf(null);
        } catch (NumberFormatException e) {
            System.out.println("valueOf(null) NFE " + e.getMessage());
        }
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30));
        list.remove(Integer.valueOf(10));
        list.remove(0);
        System.out.println("remove overloads " + list);
        Integer boxedNull = null;
        try {
            int x = boxedNull;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null NPE");
        }
        Object o = true ? 1 : "s";
        Object p = true ? 1 : 2.0;
        Object q = true ? (Integer) null : "x";
        System.out.println("conditional boxing " + o.getClass().getSimpleName() + " " + p + " " + p.getClass().getSimpleName() + " " + q);
        long sum = 0;
        Long boxedSum = 0L;
        for (int i = 0; i < 1000; i++) {
            sum += i;
            boxedSum += i;
        }
        System.out.println("sums " + sum + " " + boxedSum + " " + boxedSum.equals(sum) + " " + boxedSum.equals(499500));
        Character c = 'x';
        c++;
        Integer n = 5;
        n += 10;
        n++;
        System.out.println("compound on boxed " + c + " " + n);
        Map<Character, Integer> counts = new TreeMap<>();
        for (char ch : "abracadabra".toCharArray()) counts.put(ch, counts.getOrDefault(ch, 0) + 1);
        System.out.println("counts " + counts);
        System.out.println("toString " + Integer.toString(Integer.MIN_VALUE) + " " + Long.toString(Long.MIN_VALUE, 36) + " " + Integer.toOctalString(-1) + " " + Integer.toBinaryString(42));
    }
}
