import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        String[] arr = {"c", "a", "d", "b"};
        List<String> view = Arrays.asList(arr);
        view.set(0, "C");
        System.out.println(Arrays.toString(arr) + " " + view);
        arr[1] = "A";
        System.out.println(view + " " + view.indexOf("d") + " " + view.contains("A"));
        Collections.sort(view);
        System.out.println("sorted view -> array " + Arrays.toString(arr));
        try { view.add("e"); } catch (UnsupportedOperationException e) { System.out.println("add: UOE " + e.getMessage()); }
        try { view.remove(0); } catch (UnsupportedOperationException e) { System.out.println("remove: UOE " + e.getMessage()); }
        try { view.set(9, "x"); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("set: " + e.getMessage()); }
        Object[] copy = view.toArray();
        String[] typed = view.toArray(new String[0]);
        String[] big = view.toArray(new String[6]);
        System.out.println(copy.getClass().getSimpleName() + " " + typed.getClass().getSimpleName() + " " + Arrays.toString(big));
        view.replaceAll(s -> s + s.toLowerCase(Locale.ROOT));
        System.out.println(Arrays.toString(arr));
        int[] nums = new int[8];
        Arrays.setAll(nums, i -> i * i - 3 * i);
        System.out.println(Arrays.toString(nums));
        Arrays.fill(nums, 2, 5, -1);
        System.out.println(Arrays.toString(nums));
        System.out.println(Arrays.toString(Arrays.copyOfRange(nums, 5, 11)) + " " + Arrays.toString(Arrays.copyOf(nums, 3)));
        System.out.println(Arrays.stream(nums, 1, 6).sum() + " " + Arrays.stream(nums).max().getAsInt() + " " + IntStream.of(nums).filter(n -> n < 0).count());
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed) + " " + Arrays.binarySearch(boxed, 3, Collections.reverseOrder()));
        Arrays.sort(boxed, 1, 4);
        System.out.println(Arrays.toString(boxed));
        int[] sorted = {1, 3, 5, 7, 9, 11};
        for (int key : new int[]{1, 4, 11, 12, 0}) System.out.print(Arrays.binarySearch(sorted, key) + " ");
        System.out.println(Arrays.binarySearch(sorted, 1, 4, 9));
        int[] a1 = {1, 2, 3, 4}, a2 = {1, 2, 9, 4, 5};
        System.out.println(Arrays.mismatch(a1, a2) + " " + Arrays.compare(a1, a2) + " " + Arrays.equals(a1, 0, 2, a2, 0, 2) + " " + Arrays.mismatch(a1, a1.clone()));
        Object[] deep1 = {1, new int[]{2, 3}, new Object[]{"x", new long[]{4}}};
        Object[] deep2 = {1, new int[]{2, 3}, new Object[]{"x", new long[]{4}}};
        System.out.println(Arrays.equals(deep1, deep2) + " " + Arrays.deepEquals(deep1, deep2) + " " + Arrays.deepToString(deep1) + " " + (Arrays.deepHashCode(deep1) == Arrays.deepHashCode(deep2)));
        System.out.println(Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.hashCode(new long[]{1L << 40}) + " " + Arrays.hashCode(new boolean[]{true, false}) + " " + Arrays.hashCode((int[]) null));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs).strip() + " " + Arrays.toString(Arrays.copyOf(new boolean[]{true}, 3)));
        List<Integer> fixed = Arrays.asList(4, 2, 7);
        ListIterator<Integer> li = fixed.listIterator();
        while (li.hasNext()) { int v = li.next(); li.set(v * 10); }
        System.out.println(fixed + " " + fixed.hashCode() + " " + fixed.equals(List.of(40, 20, 70)) + " " + fixed.getClass().getName());
        String[][] grid = new String[2][3];
        for (String[] row : grid) Arrays.fill(row, ".");
        grid[1][2] = "#";
        System.out.println(Arrays.deepToString(grid));
        double[] dd = {3.5, -0.0, 0.0, Double.NaN, -1};
        Arrays.sort(dd);
        System.out.println(Arrays.toString(dd) + " " + Arrays.binarySearch(dd, Double.NaN));
        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi", "apple"));
        words.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println(words + " " + String.join(",", words.subList(1, 3)));
        System.out.println(Arrays.asList().size() + " " + Arrays.asList((Object) null) + " " + Arrays.stream(new String[]{"q", "r"}).collect(Collectors.joining("+")));
    }
}
