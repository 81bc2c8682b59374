import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        boolean[] zs = new boolean[3]; byte[] bs = new byte[3]; short[] ss = new short[3]; char[] cs = new char[3];
        int[] is = new int[3]; long[] ls = new long[3]; float[] fs = new float[3]; double[] ds = new double[3]; String[] strs = new String[3];
        System.out.println("defaults: " + zs[0] + " " + bs[1] + " " + ss[2] + " " + (int) cs[0] + " " + is[1] + " " + ls[2] + " " + fs[0] + " " + ds[1] + " " + strs[2]);
        System.out.println(Arrays.toString(zs) + Arrays.toString(bs) + Arrays.toString(ss) + Arrays.toString(is) + Arrays.toString(ls) + Arrays.toString(fs) + Arrays.toString(ds) + Arrays.toString(strs));
        for (int i = 0; i < 3; i++) { zs[i] = i % 2 == 0; bs[i] = (byte) (i * 100); ss[i] = (short) (i * 20000); cs[i] = (char) ('x' + i); is[i] = i * i; ls[i] = 1L << (i * 30); fs[i] = i / 3f; ds[i] = i / 3.0; strs[i] = "s" + i; }
        System.out.println(Arrays.toString(zs) + Arrays.toString(bs) + Arrays.toString(ss) + Arrays.toString(cs) + Arrays.toString(is));
        System.out.println(Arrays.toString(ls) + Arrays.toString(fs) + Arrays.toString(ds) + Arrays.toString(strs));
        int[] lit = {5, 3, 9, 1, 7, -2, 0};
        int[] copy = lit.clone();
        Arrays.sort(copy);
        System.out.println("orig " + Arrays.toString(lit) + " sorted clone " + Arrays.toString(copy) + " same? " + (lit == copy));
        System.out.println("binarySearch 7 -> " + Arrays.binarySearch(copy, 7) + ", 4 -> " + Arrays.binarySearch(copy, 4));
        System.out.println("equals " + Arrays.equals(lit, copy) + " " + Arrays.equals(copy, copy.clone()) + " hashCode " + Arrays.hashCode(copy));
        int[] filled = new int[5];
        Arrays.fill(filled, 7);
        Arrays.fill(filled, 1, 3, -1);
        System.out.println("fill " + Arrays.toString(filled));
        System.out.println("copyOf " + Arrays.toString(Arrays.copyOf(lit, 10)) + " range " + Arrays.toString(Arrays.copyOfRange(lit, 2, 5)));
        long sum = 0;
        for (int v : lit) sum += v;
        System.out.println("sum " + sum + " length " + lit.length);
        double[] dsort = {3.5, -0.0, 0.0, Double.NaN, -1, Double.NEGATIVE_INFINITY};
        Arrays.sort(dsort);
        System.out.println("double sort " + Arrays.toString(dsort));
        char[] word = "sorting".toCharArray();
        Arrays.sort(word);
        System.out.println("char sort " + new String(word));
        String[] names = {"pear", "Apple", "fig", "banana"};
        Arrays.sort(names);
        System.out.println("string sort " + Arrays.toString(names));
        Arrays.sort(names, String.CASE_INSENSITIVE_ORDER);
        System.out.println("case-insensitive " + Arrays.toString(names));
        Object[] objs = {1, "two", 3.0, 'c', null, 5L};
        System.out.println("objects " + Arrays.toString(objs));
        int[] empty = {};
        System.out.println("empty " + Arrays.toString(empty) + " " + empty.length + " null array toString " + Arrays.toString((int[]) null));
        int[] a = {1, 2, 3};
        int idx = 0;
        a[idx++] = a[idx] * 10;
        System.out.println("eval order " + Arrays.toString(a) + " idx=" + idx);
        int[] sq = new int[10];
        for (int i = 0; i < sq.length; i++) sq[i] = i * i;
        int i = 0;
        while (i < sq.length) { System.out.print(sq[i] + (i < sq.length - 1 ? "," : "\n")); i++; }
        System.out.println("mismatch " + Arrays.mismatch(new int[] {1, 2, 3}, new int[] {1, 2, 4}) + " compare " + Arrays.compare(new int[] {1, 2}, new int[] {1, 3}));
        System.out.println("getClass names: " + new int[0].getClass().getName() + " " + new String[0].getClass().getName() + " " + new double[0][0].getClass().getName() + " " + new int[0].getClass().getSimpleName());
        System.out.println("component " + int[].class.getComponentType() + " isArray " + lit.getClass().isArray());
    }
}
