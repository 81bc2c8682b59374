public class Main {
    static String rot13(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') c = (char) ('a' + (c - 'a' + 13) % 26);
            else if (c >= 'A' && c <= 'Z') c = (char) ('A' + (c - 'A' + 13) % 26);
            sb.append(c);
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + 'B');
        System.out.println("" + c + 'B');
        c++;
        System.out.println("after ++: " + c);
        c += 2;
        System.out.println("after += 2: " + c);
        char z = 'z';
        z += 1;
        System.out.println("'z' + 1 = " + z + " (" + (int) z + ")");
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("MAX_VALUE++ = " + (int) max);
        for (char ch = 'a'; ch <= 'e'; ch++) System.out.print(ch);
        System.out.println();
        for (char ch = 'e'; ch >= 'a'; ch -= 2) System.out.print(ch);
        System.out.println();
        System.out.println(rot13("Hello, World!"));
        System.out.println(rot13(rot13("Hello, World!")));
        int[] counts = new int[26];
        String text = "the quick brown fox jumps over the lazy dog";
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != ' ') counts[ch - 'a']++;
        }
        for (int i = 0; i < 26; i++) if (counts[i] > 1) System.out.println((char) ('a' + i) + ": " + counts[i]);
        char digit = '7';
        System.out.println("digit value = " + (digit - '0'));
        System.out.println("char compare: " + ('a' < 'b') + " " + ('Z' < 'a'));
        System.out.println("ternary char/int: " + (true ? 'x' : 0) + " " + (false ? 'x' : 120));
        int i = 0;
        System.out.println("ternary char vs int var: " + (true ? 'x' : i));
        char uni = '\u00e9';
        System.out.println("unicode value: " + (int) uni);
        char tab = '\t';
        System.out.println("[" + tab + "] " + (int) tab + " " + (int) '\n' + " " + (int) '\\' + " " + (int) '\'' + " " + (int) '\0');
        System.out.println("Character.toString(65) = " + Character.toString(65) + ", valueOf = " + Character.valueOf('q'));
        char[] arr = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(arr);
        System.out.println(String.valueOf(arr, 1, 3));
        System.out.println(new String(arr).toUpperCase());
        switch (c) {
            case 'A': System.out.println("is A"); break;
            case 'D': System.out.println("is D"); break;
            default: System.out.println("other " + c);
        }
        System.out.println("hashCode of 'a' = " + Character.hashCode('a') + ", compare = " + Character.compare('a', 'b'));
    }
}
