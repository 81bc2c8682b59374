public class Main {
    public static void main(String[] args) {
        String s = "A\uD83D\uDE00B\u00E9C\uD834\uDD1E";
        System.out.println("length=" + s.length() + " codePointCount=" + s.codePointCount(0, s.length()));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            System.out.println(i + ": " + (int) c + " high=" + Character.isHighSurrogate(c) + " low=" + Character.isLowSurrogate(c) + " cp=" + s.codePointAt(i));
        }
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            System.out.println("codepoint U+" + Integer.toHexString(cp).toUpperCase() + " charCount=" + Character.charCount(cp) + " supplementary=" + Character.isSupplementaryCodePoint(cp));
            i += Character.charCount(cp);
        }
        System.out.println("chars(): " + s.chars().count() + ", codePoints(): " + s.codePoints().count());
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp).append(','));
        System.out.println(sb);
        System.out.println("indexOf(cp)=" + s.indexOf(0x1D11E) + " lastIndexOf=" + s.lastIndexOf(0x1F600));
        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars: " + pair.length + " " + (int) pair[0] + " " + (int) pair[1]);
        System.out.println("toCodePoint: " + Integer.toHexString(Character.toCodePoint(pair[0], pair[1])));
        System.out.println("offsetByCodePoints: " + s.offsetByCodePoints(0, 3));
        System.out.println("new String(codepoints): " + new String(new int[] {72, 105, 0x1F600}, 0, 3).length());
        System.out.println("upper of e-acute: " + (int) "\u00E9".toUpperCase().charAt(0));
        System.out.println("reverse keeps pairs: " + new StringBuilder(s).reverse().codePoints().count());
        String lone = "x\uD800y";
        System.out.println("lone surrogate length=" + lone.length() + " cps=" + lone.codePointCount(0, 3) + " cp1=" + lone.codePointAt(1));
        System.out.println("Character.isLetter(0x1F600)=" + Character.isLetter(0x1F600) + " isValidCodePoint(0x110000)=" + Character.isValidCodePoint(0x110000));
        System.out.println("equals: " + s.equals("A\uD83D\uDE00B\u00E9C\uD834\uDD1E") + " hash=" + s.hashCode());
        System.out.println("substring: " + s.substring(1, 3).codePointAt(0));
    }
}
