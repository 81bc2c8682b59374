public class Main {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("abc").append(1).append('x').append(2.5).append(true).append(7L).append(1.5f).append((Object) null).append((String) null);
        System.out.println(sb + " len=" + sb.length());
        sb.insert(0, "START-");
        System.out.println(sb);
        sb.insert(3, 99);
        sb.insert(sb.length(), '!');
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse();
        sb.deleteCharAt(0);
        System.out.println(sb);
        sb.delete(0, 5);
        System.out.println(sb);
        sb.setLength(6);
        System.out.println("[" + sb + "] len=" + sb.length());
        sb.setLength(8);
        System.out.println("padded with NUL: len=" + sb.length() + " last=" + (int) sb.charAt(7));
        sb.setLength(0);
        System.out.println("[" + sb + "] empty=" + (sb.length() == 0));
        sb.append("hello world hello");
        System.out.println(sb.indexOf("hello") + " " + sb.lastIndexOf("hello") + " " + sb.indexOf("hello", 1) + " " + sb.indexOf("zzz"));
        sb.replace(6, 11, "there");
        System.out.println(sb);
        sb.setCharAt(0, 'H');
        System.out.println(sb + " charAt(4)=" + sb.charAt(4) + " substring=" + sb.substring(6, 11));
        StringBuilder s2 = new StringBuilder("a\uD83D\uDE00b");
        System.out.println("surrogate len=" + s2.length() + " codePoints=" + s2.codePointCount(0, s2.length()));
        s2.reverse();
        System.out.println("reversed keeps pair: " + (int) s2.charAt(0) + " " + (int) s2.charAt(1) + " " + (int) s2.charAt(2) + " " + (int) s2.charAt(3));
        s2.appendCodePoint(0x1F600);
        System.out.println("after appendCodePoint len=" + s2.length() + " cp=" + Integer.toHexString(s2.codePointAt(4)));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) big.append(i % 10);
        System.out.println("big len=" + big.length() + " hash of string=" + big.toString().hashCode());
        StringBuilder cmp1 = new StringBuilder("abc"), cmp2 = new StringBuilder("abd");
        System.out.println("compareTo=" + cmp1.compareTo(cmp2) + " equals(not overridden)=" + cmp1.equals(new StringBuilder("abc")));
        try { sb.deleteCharAt(100); } catch (StringIndexOutOfBoundsException e) { System.out.println("deleteCharAt: " + e.getMessage()); }
        try { sb.insert(-1, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println("insert: " + e.getMessage()); }
        try { sb.setLength(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println("setLength: " + e.getMessage()); }
        StringBuffer buf = new StringBuffer("sync");
        buf.append('-').append(42).insert(0, '[').append(']');
        System.out.println(buf + " " + buf.reverse());
        char[] chars = {'x', 'y', 'z'};
        StringBuilder sb3 = new StringBuilder().append(chars).append(chars, 1, 2).insert(1, chars);
        System.out.println(sb3);
        CharSequence cs = sb3;
        System.out.println("subSequence=" + cs.subSequence(1, 4) + " chars sum=" + sb3.chars().sum());
    }
}
