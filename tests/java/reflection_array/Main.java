import java.lang.reflect.Array;
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        Object ints = Array.newInstance(int.class, 5);
        for (int i = 0; i < 5; i++) Array.setInt(ints, i, i * i);
        System.out.println("int[] " + Arrays.toString((int[]) ints) + " length " + Array.getLength(ints) + " get(3) " + Array.get(ints, 3) + " getLong(4) " + Array.getLong(ints, 4) + " getDouble(2) " + Array.getDouble(ints, 2));
        Array.set(ints, 0, 99);
        Array.set(ints, 1, (short) 7);
        Array.setByte(ints, 2, (byte) -1);
        Array.setChar(ints, 3, 'A');
        System.out.println("after sets " + Arrays.toString((int[]) ints));
        Object strs = Array.newInstance(String.class, 3);
        Array.set(strs, 1, "middle");
        System.out.println("String[] " + Arrays.toString((String[]) strs) + " class " + strs.getClass().getName());
        Object grid = Array.newInstance(double.class, 2, 3);
        Array.setDouble(Array.get(grid, 1), 2, 4.5);
        System.out.println("double[][] " + Arrays.deepToString((Object[]) grid) + " class " + grid.getClass().getSimpleName());
        Object cube = Array.newInstance(long.class, 2, 2, 2);
        System.out.println("long[][][] " + cube.getClass().getName() + " inner " + Array.get(Array.get(cube, 0), 1).getClass().getName());
        Object arrOfArr = Array.newInstance(int[].class, 2);
        System.out.println("int[][] via component " + arrOfArr.getClass().getName() + " elements " + Arrays.toString((Object[]) arrOfArr));
        Object zero = Array.newInstance(Object.class, 0);
        System.out.println("empty length " + Array.getLength(zero));
        Object chars = Array.newInstance(char.class, 3);
        Array.setChar(chars, 0, 'x');
        Array.set(chars, 1, 'y');
        System.out.println("char[] " + new String((char[]) chars).replace('\0', '_') + " getInt " + Array.getInt(chars, 0));
        Object bools = Array.newInstance(boolean.class, 2);
        Array.setBoolean(bools, 1, true);
        System.out.println("boolean[] " + Arrays.toString((boolean[]) bools) + " get " + Array.get(bools, 1));
        Object floats = Array.newInstance(float.class, 2);
        Array.setFloat(floats, 0, 1.5f);
        Array.setLong(floats, 1, 1L << 40);
        System.out.println("float[] " + Arrays.toString((float[]) floats) + " getDouble " + Array.getDouble(floats, 0));
        Object bytes = Array.newInstance(byte.class, 2);
        Array.setByte(bytes, 0, (byte) 200);
        System.out.println("byte[] " + Arrays.toString((byte[]) bytes) + " getShort " + Array.getShort(bytes, 0));

        String[] attempts = {"getInt on String[]", "setInt long into int[]", "get out of bounds", "set wrong ref type", "negative size", "not an array", "getBoolean on int[]", "null array", "void component", "too many dims", "unbox null into int[]", "getByte on int[]", "empty dims", "setInt on Object[]", "set String into int[]", "getLength null", "set out of bounds"};
        for (String a : attempts) {
            try {
                switch (a) {
                    case "getInt on String[]" -> Array.getInt(strs, 0);
                    case "setInt long into int[]" -> Array.setLong(ints, 0, 5L);
                    case "get out of bounds" -> Array.get(ints, 5);
                    case "set wrong ref type" -> Array.set(strs, 0, 42);
                    case "negative size" -> Array.newInstance(int.class, -1);
                    case "not an array" -> Array.getLength("string");
                    case "getBoolean on int[]" -> Array.getBoolean(ints, 0);
                    case "null array" -> Array.get(null, 0);
                    case "void component" -> Array.newInstance(void.class, 1);
                    case "too many dims" -> Array.newInstance(int.class, new int[256]);
                    case "unbox null into int[]" -> Array.set(ints, 0, null);
                    case "getByte on int[]" -> Array.getByte(ints, 0);
                    case "empty dims" -> Array.newInstance(int.class, new int[0]);
                    case "setInt on Object[]" -> Array.setInt(new Object[1], 0, 1);
                    case "set String into int[]" -> Array.set(ints, 0, "7");
                    case "getLength null" -> Array.getLength(null);
                    case "set out of bounds" -> Array.set(strs, -1, "x");
                    default -> throw new AssertionError(a);
                }
                System.out.println(a + ": no exception");
            } catch (Exception e) {
                System.out.println(a + ": " + e.getClass().getName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
        }
        Integer[] boxed = {3, 1, 2};
        Object copy = Array.newInstance(boxed.getClass().getComponentType(), boxed.length * 2);
        System.arraycopy(boxed, 0, copy, 0, boxed.length);
        System.out.println("generic copy " + Arrays.toString((Object[]) copy) + " " + copy.getClass().getSimpleName());
        System.out.println("generic concat " + Arrays.toString(concat(new String[] {"a", "b"}, new String[] {"c"})) + " " + Arrays.toString(concat(new Double[] {1.0}, new Double[] {2.0, 3.0})));
        int total = 0;
        Object matrix = new int[][] {{1, 2, 3}, {4, 5}, {6}};
        for (int i = 0; i < Array.getLength(matrix); i++) {
            Object row = Array.get(matrix, i);
            for (int j = 0; j < Array.getLength(row); j++) total += Array.getInt(row, j);
        }
        System.out.println("matrix total " + total);
    }

    @SuppressWarnings("unchecked")
    static <T> T[] concat(T[] a, T[] b) {
        T[] out = (T[]) Array.newInstance(a.getClass().getComponentType(), a.length + b.length);
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
