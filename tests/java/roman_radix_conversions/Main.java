import java.util.*;

public class Main {
    static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    static String toRoman(int n) {
        if (n <= 0 || n >= 4000) throw new IllegalArgumentException("out of range: " + n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < VALUES.length; i++) while (n >= VALUES[i]) { sb.append(SYMBOLS[i]); n -= VALUES[i]; }
        return sb.toString();
    }

    static int fromRoman(String s) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer cur = v.get(s.charAt(i));
            if (cur == null) throw new IllegalArgumentException("bad numeral '" + s.charAt(i) + "' in " + s);
            int next = i + 1 < s.length() ? v.getOrDefault(s.charAt(i + 1), 0) : 0;
            total += cur < next ? -cur : cur;
        }
        if (!toRoman(total).equals(s)) throw new IllegalArgumentException("non-canonical " + s + " (" + toRoman(total) + ")");
        return total;
    }

    static String toBase(long n, int base) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        if (n == 0) return "0";
        boolean neg = n < 0;
        StringBuilder sb = new StringBuilder();
        while (n != 0) { sb.append(digits.charAt((int) Math.abs(n % base))); n /= base; }
        return (neg ? "-" : "") + sb.reverse();
    }

    static String toNegabinary(int n) {
        if (n == 0) return "0";
        StringBuilder sb = new StringBuilder();
        while (n != 0) { int r = n % -2; n /= -2; if (r < 0) { r += 2; n += 1; } sb.append(r); }
        return sb.reverse().toString();
    }

    static String words(int n) {
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        if (n < 0) return "minus " + words(-n);
        if (n < 20) return ones[n];
        if (n < 100) return tens[n / 10] + (n % 10 != 0 ? "-" + ones[n % 10] : "");
        if (n < 1000) return ones[n / 100] + " hundred" + (n % 100 != 0 ? " and " + words(n % 100) : "");
        if (n < 1_000_000) return words(n / 1000) + " thousand" + (n % 1000 != 0 ? (n % 1000 < 100 ? " and " : " ") + words(n % 1000) : "");
        return words(n / 1_000_000) + " million" + (n % 1_000_000 != 0 ? " " + words(n % 1_000_000) : "");
    }

    public static void main(String[] args) {
        for (int n : new int[]{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999}) System.out.print(n + "=" + toRoman(n) + " ");
        System.out.println();
        for (String s : new String[]{"MCMXCIV", "XLII", "MMXXIV", "IIII", "IC", "ABC", "MMMCMXCIX"}) {
            try { System.out.print(s + "=" + fromRoman(s) + " "); } catch (IllegalArgumentException e) { System.out.print("[" + e.getMessage() + "] "); }
        }
        System.out.println();
        int ok = 0;
        for (int n = 1; n < 4000; n++) if (fromRoman(toRoman(n)) == n) ok++;
        System.out.println("roundtrip ok " + ok);
        try { toRoman(0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        long[] nums = {0, 255, -255, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : nums) {
            StringBuilder sb = new StringBuilder(n + ":");
            for (int base : new int[]{2, 3, 8, 16, 36}) {
                String mine = toBase(n, base), jdk = Long.toString(n, base).toUpperCase(Locale.ROOT);
                sb.append(' ').append(base).append('=').append(mine).append(mine.equals(jdk) ? "" : "!=" + jdk);
            }
            System.out.println(sb);
        }
        for (int n : new int[]{0, 1, 2, 3, -1, -2, 6, -7, 100}) System.out.print(n + "->" + toNegabinary(n) + " ");
        System.out.println();
        System.out.println(Integer.toString(-255, 16) + " " + Integer.toHexString(-255) + " " + Integer.parseInt("-ff", 16) + " " + Integer.toString(255, 99) + " " + Long.parseLong("zzzzzz", 36) + " " + Integer.valueOf("1010", 2) + " " + Short.parseShort("-7fff", 16) + " " + Byte.parseByte("-80", 16));
        for (int n : new int[]{0, 7, 13, 21, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2147483647, -45}) System.out.println(n + ": " + words(n));
        System.out.println(Integer.toBinaryString(42) + " " + Integer.toOctalString(42) + " " + Integer.toHexString(42) + " " + String.format(Locale.ROOT, "%8s", Integer.toBinaryString(5)).replace(' ', '0') + " " + Integer.parseInt("00042") + " " + Integer.parseInt("+42"));
        double x = 0.1;
        StringBuilder bin = new StringBuilder("0.");
        for (int i = 0; i < 24; i++) { x *= 2; bin.append(x >= 1 ? 1 : 0); if (x >= 1) x -= 1; }
        System.out.println("0.1 in binary " + bin + "...");
    }
}
