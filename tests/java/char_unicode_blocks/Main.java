import java.util.*;

public class Main {
    public static void main(String[] args) {
        int[] cps = {'A', 'z', '5', ' ', '\t', '_', '$', 0x00e9, 0x00df, 0x0391, 0x03c9, 0x0416, 0x05d0, 0x0627, 0x0663, 0x0915, 0x0e01, 0x3042, 0x30a2, 0x4e2d, 0xac00, 0x2160, 0x00bd, 0x20ac, 0x2603, 0x1f600, 0x1d11e, 0x10ffff, 0xfeff, 0x200b, 0x0301};
        for (int cp : cps) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            System.out.println(String.format(Locale.ROOT, "U+%04X %-28s %-10s type=%2d letter=%-5b digit=%-5b alpha=%-5b ideo=%-5b upper=%-5b lower=%-5b ws=%-5b jstart=%-5b jpart=%-5b num=%d dir=%d mirror=%b",
                cp, block, script, Character.getType(cp), Character.isLetter(cp), Character.isDigit(cp), Character.isAlphabetic(cp), Character.isIdeographic(cp),
                Character.isUpperCase(cp), Character.isLowerCase(cp), Character.isWhitespace(cp), Character.isJavaIdentifierStart(cp), Character.isJavaIdentifierPart(cp),
                Character.getNumericValue(cp), Character.getDirectionality(cp), Character.isMirrored(cp)));
        }
        for (int cp : new int[]{'A', 0x00e9, 0x20ac, 0x1f600, 0x4e2d, 0x0000, 0x007f}) System.out.println(Integer.toHexString(cp) + " " + Character.getName(cp));
        System.out.println(Character.codePointOf("LATIN SMALL LETTER A") + " " + Character.codePointOf("snowman") + " " + Character.getName(0x10ffff) + " " + Character.getName(0x0378));
        System.out.println(Character.toUpperCase(0x00df) + " " + "\u00df".toUpperCase(Locale.ROOT) + " " + Character.toTitleCase(0x01c6) + " " + Character.toLowerCase(0x0130) + " " + "\u0130".toLowerCase(Locale.ROOT).length() + " " + Character.toUpperCase(0x1f600));
        System.out.println(Character.isSurrogate('\ud83d') + " " + Character.isHighSurrogate('\ud83d') + " " + Character.isLowSurrogate('\ude00') + " " + Character.isSupplementaryCodePoint(0x1f600) + " " + Character.isBmpCodePoint(0xffff) + " " + Character.isValidCodePoint(0x110000));
        char[] pair = Character.toChars(0x1f600);
        System.out.println(pair.length + " " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1]) + " " + Integer.toHexString(Character.toCodePoint(pair[0], pair[1])) + " " + Integer.toHexString(Character.highSurrogate(0x1d11e)) + " " + Integer.toHexString(Character.lowSurrogate(0x1d11e)));
        System.out.println(Character.digit('7', 10) + " " + Character.digit('f', 16) + " " + Character.digit('z', 36) + " " + Character.digit('9', 8) + " " + Character.digit(0x0663, 10) + " " + Character.forDigit(11, 16) + " " + Character.forDigit(5, 2) + "|");
        System.out.println(Character.UnicodeBlock.forName("Basic Latin") + " " + Character.UnicodeBlock.forName("GREEK") + " " + Character.UnicodeScript.forName("latin"));
        try { Character.UnicodeBlock.forName("No Such Block"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        String mixed = "Hello, \u4e16\u754c! \u0645\u0631\u062d\u0628\u0627 \ud83d\ude00 123";
        Map<Character.UnicodeScript, Integer> scripts = new TreeMap<>();
        mixed.codePoints().forEach(cp -> scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
        System.out.println(scripts);
        System.out.println(java.text.Normalizer.normalize("e\u0301", java.text.Normalizer.Form.NFC).length() + " " + java.text.Normalizer.normalize("\u00e9", java.text.Normalizer.Form.NFD).length() + " " + java.text.Normalizer.isNormalized("\u00e9", java.text.Normalizer.Form.NFC) + " " + java.text.Normalizer.normalize("\ufb01", java.text.Normalizer.Form.NFKC));
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + (int) Character.MAX_VALUE + " " + Character.MAX_CODE_POINT + " " + Character.BYTES + " " + Character.reverseBytes('\u1234') + " " + Character.compare('a', 'b') + " " + Character.hashCode('x'));
    }
}
