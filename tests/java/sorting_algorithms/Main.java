import java.util.*;
import java.util.function.*;

public class Main {
    static int comparisons;
    static boolean less(int a, int b) { comparisons++; return a < b; }

    static void bubble(int[] a) { for (int i = 0; i < a.length; i++) { boolean sw = false; for (int j = 0; j + 1 < a.length - i; j++) if (less(a[j + 1], a[j])) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; sw = true; } if (!sw) break; } }
    static void insertion(int[] a) { for (int i = 1; i < a.length; i++) { int k = a[i], j = i - 1; while (j >= 0 && less(k, a[j])) { a[j + 1] = a[j]; j--; } a[j + 1] = k; } }
    static void selection(int[] a) { for (int i = 0; i < a.length; i++) { int m = i; for (int j = i + 1; j < a.length; j++) if (less(a[j], a[m])) m = j; int t = a[i]; a[i] = a[m]; a[m] = t; } }
    static void shell(int[] a) { for (int gap = a.length / 2; gap > 0; gap /= 2) for (int i = gap; i < a.length; i++) { int k = a[i], j = i; while (j >= gap && less(k, a[j - gap])) { a[j] = a[j - gap]; j -= gap; } a[j] = k; } }
    static void merge(int[] a) { mergeSort(a, new int[a.length], 0, a.length); }
    static void mergeSort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid); mergeSort(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }
    static void quick(int[] a) { quickSort(a, 0, a.length - 1); }
    static void quickSort(int[] a, int lo, int hi) {
        while (lo < hi) {
            int p = a[(lo + hi) >>> 1], i = lo, j = hi;
            while (i <= j) { while (less(a[i], p)) i++; while (less(p, a[j])) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
            if (j - lo < hi - i) { quickSort(a, lo, j); lo = i; } else { quickSort(a, i, hi); hi = j; }
        }
    }
    static void heap(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) { int t = a[0]; a[0] = a[end]; a[end] = t; sift(a, 0, end); }
    }
    static void sift(int[] a, int i, int n) { while (true) { int l = 2 * i + 1, r = l + 1, m = i; if (l < n && less(a[m], a[l])) m = l; if (r < n && less(a[m], a[r])) m = r; if (m == i) return; int t = a[i]; a[i] = a[m]; a[m] = t; i = m; } }
    static void counting(int[] a) {
        int min = Arrays.stream(a).min().orElse(0), max = Arrays.stream(a).max().orElse(0);
        int[] c = new int[max - min + 1];
        for (int x : a) c[x - min]++;
        int k = 0;
        for (int v = 0; v < c.length; v++) while (c[v]-- > 0) a[k++] = v + min;
    }
    static void radix(int[] a) {
        int[] out = new int[a.length];
        for (int shift = 0; shift < 32; shift += 8) {
            int[] cnt = new int[257];
            for (int x : a) cnt[(((x ^ Integer.MIN_VALUE) >>> shift) & 0xff) + 1]++;
            for (int i = 0; i < 256; i++) cnt[i + 1] += cnt[i];
            for (int x : a) out[cnt[((x ^ Integer.MIN_VALUE) >>> shift) & 0xff]++] = x;
            System.arraycopy(out, 0, a, 0, a.length);
        }
    }

    public static void main(String[] args) {
        Random rnd = new Random(99);
        int[] random = new int[300];
        for (int i = 0; i < random.length; i++) random[i] = rnd.nextInt(2000) - 1000;
        int[] sortedInput = new int[300];
        for (int i = 0; i < 300; i++) sortedInput[i] = i;
        int[] reversed = new int[300];
        for (int i = 0; i < 300; i++) reversed[i] = 300 - i;
        int[] dups = new int[300];
        for (int i = 0; i < 300; i++) dups[i] = rnd.nextInt(5);
        Map<String, Consumer<int[]>> algos = new LinkedHashMap<>();
        algos.put("bubble", Main::bubble); algos.put("insertion", Main::insertion); algos.put("selection", Main::selection); algos.put("shell", Main::shell);
        algos.put("merge", Main::merge); algos.put("quick", Main::quick); algos.put("heap", Main::heap); algos.put("counting", Main::counting); algos.put("radix", Main::radix);
        Map<String, int[]> inputs = new LinkedHashMap<>();
        inputs.put("random", random); inputs.put("sorted", sortedInput); inputs.put("reversed", reversed); inputs.put("dups", dups);
        for (Map.Entry<String, int[]> in : inputs.entrySet()) {
            int[] expected = in.getValue().clone();
            Arrays.sort(expected);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-9s", in.getKey()));
            for (Map.Entry<String, Consumer<int[]>> al : algos.entrySet()) {
                int[] a = in.getValue().clone();
                comparisons = 0;
                al.getValue().accept(a);
                sb.append(' ').append(al.getKey()).append('=').append(Arrays.equals(a, expected) ? comparisons : -1);
            }
            System.out.println(sb);
        }
        int[] r2 = random.clone();
        Arrays.sort(r2);
        System.out.println(r2[0] + " " + r2[149] + " " + r2[299] + " " + Arrays.stream(r2).sum());
        Integer[] boxed = new Integer[50];
        for (int i = 0; i < 50; i++) boxed[i] = rnd.nextInt(10);
        Integer[] byMod = boxed.clone();
        Arrays.sort(byMod, Comparator.comparingInt(x -> x % 3));
        System.out.println("stable by mod 3: " + Arrays.toString(byMod));
        String[] names = {"delta", "Alpha", "charlie", "bravo", "Echo", "alpha", "Delta"};
        String[] n1 = names.clone(); Arrays.sort(n1);
        String[] n2 = names.clone(); Arrays.sort(n2, String.CASE_INSENSITIVE_ORDER);
        String[] n3 = names.clone(); Arrays.sort(n3, Comparator.comparing((String s) -> s.charAt(s.length() - 1)).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(n1) + "\n" + Arrays.toString(n2) + "\n" + Arrays.toString(n3));
        int[] big = new int[5000];
        for (int i = 0; i < big.length; i++) big[i] = rnd.nextInt();
        int[] bigCopy = big.clone();
        Arrays.sort(big);
        radix(bigCopy);
        System.out.println("5000 ints: radix agrees " + Arrays.equals(big, bigCopy) + ", min " + big[0] + ", max " + big[4999]);
        long[] longs = new long[1000];
        for (int i = 0; i < longs.length; i++) longs[i] = rnd.nextLong() >> rnd.nextInt(64);
        Arrays.sort(longs);
        boolean ok = true;
        for (int i = 1; i < longs.length; i++) ok &= longs[i - 1] <= longs[i];
        System.out.println("longs sorted " + ok + " " + longs[500]);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2000; i++) { char[] w = new char[1 + rnd.nextInt(6)]; for (int j = 0; j < w.length; j++) w[j] = (char) ('a' + rnd.nextInt(26)); words.add(new String(w)); }
        List<String> ws = new ArrayList<>(words);
        Collections.sort(ws);
        System.out.println("words " + ws.get(0) + " " + ws.get(1000) + " " + ws.get(1999) + " hash " + ws.hashCode());
        ws.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        System.out.println(ws.subList(0, 5) + " " + ws.subList(1995, 2000));
    }
}
