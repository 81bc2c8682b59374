import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println("overlap forward:  " + Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 1, 6);
        System.out.println("overlap backward: " + Arrays.toString(b));
        int[] c = {0, 1, 2, 3, 4};
        System.arraycopy(c, 0, c, 0, 5);
        System.out.println("self same: " + Arrays.toString(c));
        System.arraycopy(c, 1, c, 0, 0);
        System.out.println("zero length ok");
        String[] s1 = {"a", "b", "c"}, s2 = new String[5];
        System.arraycopy(s1, 0, s2, 1, 3);
        System.out.println("objects: " + Arrays.toString(s2));
        Object[] objs = {"x", "y"};
        CharSequence[] css = new CharSequence[2];
        System.arraycopy(objs, 0, css, 0, 2);
        System.out.println("Object[] -> CharSequence[] ok: " + Arrays.toString(css));
        char[] ch = "hello world".toCharArray();
        System.arraycopy(ch, 6, ch, 0, 5);
        System.out.println("chars: " + new String(ch));
        long[] l = {1, 2, 3, 4};
        System.arraycopy(l, 1, l, 0, 3);
        System.out.println("longs: " + Arrays.toString(l));
        double[] d = {1.5, 2.5, 3.5};
        System.arraycopy(d, 0, d, 1, 2);
        System.out.println("doubles: " + Arrays.toString(d));
        byte[] by = {1, 2, 3, 4, 5, 6};
        System.arraycopy(by, 0, by, 3, 3);
        System.out.println("bytes: " + Arrays.toString(by));
        int[] dst = new int[3];
        try { System.arraycopy(a, 0, dst, 0, 4); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("1: " + e.getMessage()); }
        try { System.arraycopy(a, -1, dst, 0, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("2: " + e.getMessage()); }
        try { System.arraycopy(a, 0, dst, -2, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("3: " + e.getMessage()); }
        try { System.arraycopy(a, 0, dst, 0, -1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("4: " + e.getMessage()); }
        try { System.arraycopy(a, 8, dst, 0, 3); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("5: " + e.getMessage()); }
        try { System.arraycopy(a, 0, dst, 2, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("6: " + e.getMessage()); }
        try { System.arraycopy(null, 0, dst, 0, 1); } catch (NullPointerException e) { System.out.println("7: NPE"); }
        try { System.arraycopy(a, 0, null, 0, 1); } catch (NullPointerException e) { System.out.println("8: NPE"); }
        try { System.arraycopy(a, 0, new long[3], 0, 1); } catch (ArrayStoreException e) { System.out.println("9: " + e.getMessage()); }
        try { System.arraycopy("notarray", 0, dst, 0, 1); } catch (ArrayStoreException e) { System.out.println("10: " + e.getMessage()); }
        try { System.arraycopy(a, 0, "notarray", 0, 1); } catch (ArrayStoreException e) { System.out.println("11: " + e.getMessage()); }
        try { System.arraycopy(new Object[1], 0, dst, 0, 1); } catch (ArrayStoreException e) { System.out.println("12: " + e.getMessage()); }
        try { System.arraycopy(new String[] {"s"}, 0, new Integer[1], 0, 1); } catch (ArrayStoreException e) { System.out.println("13: " + e.getMessage()); }
        Object[] mixed = {"ok1", "ok2", 3, "ok4"};
        String[] target = new String[4];
        try { System.arraycopy(mixed, 0, target, 0, 4); } catch (ArrayStoreException e) { System.out.println("14: " + e.getMessage()); }
        System.out.println("partial copy before failure: " + Arrays.toString(target));
        try { System.arraycopy(new double[2], 0, new float[2], 0, 1); } catch (ArrayStoreException e) { System.out.println("15: " + e.getMessage()); }
        try { System.arraycopy(new int[2][2], 0, new int[2], 0, 1); } catch (ArrayStoreException e) { System.out.println("16: " + e.getMessage()); }
        int[] big = new int[100];
        for (int i = 0; i < big.length; i++) big[i] = i;
        for (int k = 0; k < 10; k++) System.arraycopy(big, 0, big, 1, 99);
        System.out.println("shifted 10: " + big[0] + " " + big[10] + " " + big[99]);
    }
}
