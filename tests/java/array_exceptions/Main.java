public class Main {
    static int idx(int i) { return i; }
    public static void main(String[] args) {
        int[] a = new int[3];
        try { a[idx(5)] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("store: " + e.getMessage()); }
        try { System.out.println(a[idx(-1)]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("load: " + e.getMessage()); }
        try { System.out.println(a[idx(3)]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("load: " + e); }
        long[] la = new long[0];
        try { la[0] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("long[]: " + e.getMessage()); }
        String[] sa = new String[2];
        try { sa[idx(2)] = "x"; } catch (IndexOutOfBoundsException e) { System.out.println("String[] as IOOBE: " + e.getMessage() + " class=" + e.getClass().getName()); }
        byte[] ba = new byte[1]; char[] ca = new char[1]; double[] da = new double[1]; boolean[] za = new boolean[1]; short[] sha = new short[1]; float[] fa = new float[1];
        try { ba[idx(1)]++; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("byte: " + e.getMessage()); }
        try { ca[idx(7)] = 'c'; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("char: " + e.getMessage()); }
        try { da[idx(-100)] += 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("double: " + e.getMessage()); }
        try { za[idx(Integer.MAX_VALUE)] = true; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("boolean: " + e.getMessage()); }
        try { sha[idx(Integer.MIN_VALUE)] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("short: " + e.getMessage()); }
        try { fa[idx(1)] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("float: " + e.getMessage()); }
        try { int[] n = new int[idx(-1)]; } catch (NegativeArraySizeException e) { System.out.println("NASE: " + e.getMessage()); }
        try { Object[] n = new String[idx(-42)]; } catch (NegativeArraySizeException e) { System.out.println("NASE obj: " + e.getMessage() + " / " + e); }
        try { int[][] n = new int[idx(-3)][2]; } catch (NegativeArraySizeException e) { System.out.println("NASE multi: " + e.getMessage()); }
        int[] zero = new int[idx(0)];
        System.out.println("zero length ok: " + zero.length);
        Object[] objs = new Integer[2];
        try { objs[0] = "str"; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        objs = new String[2];
        try { objs[1] = Integer.valueOf(1); } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage() + " / " + e); }
        objs[0] = null;
        System.out.println("storing null is fine");
        Number[] nums = new Double[1];
        try { nums[0] = 1L; } catch (ArrayStoreException e) { System.out.println("ASE: " + e.getMessage()); }
        Object[][] arr2 = new String[1][1];
        try { arr2[0] = new Integer[1]; } catch (ArrayStoreException e) { System.out.println("ASE 2d: " + e.getMessage()); }
        int[] nullArr = null;
        try { System.out.println(nullArr.length); } catch (NullPointerException e) { System.out.println("NPE length"); }
        try { nullArr[0] = 1; } catch (NullPointerException e) { System.out.println("NPE store"); }
        Object o = new int[1];
        try { String[] s = (String[]) o; } catch (ClassCastException e) { System.out.println("CCE: " + e.getMessage()); }
        int total = 0;
        int[] data = {1, 2, 3};
        for (int i = 0; ; i++) {
            try { total += data[i]; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("stopped at " + i + ": " + e.getMessage()); break; }
        }
        System.out.println("total " + total);
    }
}
