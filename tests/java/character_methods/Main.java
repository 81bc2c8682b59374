public class Main {
    public static void main(String[] args) {
        for (char c = ' '; c <= '~'; c++) {
            if (c % 3 != 0 && !Character.isDigit(c)) continue;
            System.out.println("'" + c + "' " + (int) c + " digit=" + Character.isDigit(c) + " letter=" + Character.isLetter(c) + " letterOrDigit=" + Character.isLetterOrDigit(c)
                + " alpha=" + Character.isAlphabetic(c) + " upper=" + Character.isUpperCase(c) + " lower=" + Character.isLowerCase(c) + " ws=" + Character.isWhitespace(c)
                + " toUpper=" + Character.toUpperCase(c) + " toLower=" + Character.toLowerCase(c) + " numeric=" + Character.getNumericValue(c) + " digit16=" + Character.digit(c, 16));
        }
        System.out.println("getNumericValue: a=" + Character.getNumericValue('a') + " Z=" + Character.getNumericValue('Z') + " 9=" + Character.getNumericValue('9') + " -=" + Character.getNumericValue('-'));
        System.out.println("digit: " + Character.digit('7', 8) + " " + Character.digit('8', 8) + " " + Character.digit('z', 36) + " " + Character.digit('Z', 36));
        System.out.println("forDigit: " + Character.forDigit(11, 16) + " " + Character.forDigit(35, 36) + " " + (int) Character.forDigit(10, 10));
        System.out.println("whitespace: tab=" + Character.isWhitespace('\t') + " nl=" + Character.isWhitespace('\n') + " nbsp=" + Character.isWhitespace('\u00a0') + " spaceChar(nbsp)=" + Character.isSpaceChar('\u00a0'));
        System.out.println("isJavaIdentifierStart $=" + Character.isJavaIdentifierStart('$') + " _=" + Character.isJavaIdentifierStart('_') + " 1=" + Character.isJavaIdentifierStart('1') + " part 1=" + Character.isJavaIdentifierPart('1'));
        System.out.println("isISOControl: " + Character.isISOControl('\n') + " " + Character.isISOControl('a'));
        System.out.println("getType A=" + Character.getType('A') + " a=" + Character.getType('a') + " 1=" + Character.getType('1') + " space=" + Character.getType(' '));
        System.out.println("toUpperCase(int) " + Character.toUpperCase((int) 'q') + " toChars " + new String(Character.toChars(97)));
        System.out.println("MIN/MAX radix " + Character.MIN_RADIX + " " + Character.MAX_RADIX + " MAX_CODE_POINT " + Character.MAX_CODE_POINT);
        System.out.println("non-ascii: isLetter(e-acute)=" + Character.isLetter('\u00e9') + " upper=" + (int) Character.toUpperCase('\u00e9') + " isDigit(arabic 3)=" + Character.isDigit('\u0663') + " numeric=" + Character.getNumericValue('\u0663'));
        System.out.println("reverseBytes " + Integer.toHexString(Character.reverseBytes('\u1234')));
        System.out.println("Character.compare " + Character.compare('a', 'A') + " isSurrogate " + Character.isSurrogate('\ud800'));
        System.out.println("titlecase " + Character.isTitleCase('A') + " " + (int) Character.toTitleCase('a'));
        String s = "Hello World 123 foo_BAR";
        int up = 0, lo = 0, dg = 0, other = 0;
        for (char c : s.toCharArray()) { if (Character.isUpperCase(c)) up++; else if (Character.isLowerCase(c)) lo++; else if (Character.isDigit(c)) dg++; else other++; }
        System.out.println("counts " + up + " " + lo + " " + dg + " " + other);
        StringBuilder swapped = new StringBuilder();
        for (char c : s.toCharArray()) swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        System.out.println(swapped);
    }
}
