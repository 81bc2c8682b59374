import java.util.Objects;

public class Main {
    static class Money implements Cloneable, Comparable<Money> {
        final String currency; long amount; int[] history = {0};
        Money(String c, long a) { currency = c; amount = a; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Money)) return false;
            Money m = (Money) o;
            return amount == m.amount && currency.equals(m.currency);
        }
        @Override public int hashCode() { return Objects.hash(currency, amount); }
        @Override public String toString() { return currency + " " + amount; }
        @Override public Money clone() {
            try { return (Money) super.clone(); } catch (CloneNotSupportedException e) { throw new AssertionError(e); }
        }
        public int compareTo(Money o) { return Long.compare(amount, o.amount); }
    }
    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException { return super.clone(); }
    }
    static class Deep implements Cloneable {
        int[] data = {1, 2, 3};
        @Override protected Deep clone() throws CloneNotSupportedException {
            Deep d = (Deep) super.clone();
            d.data = data.clone();
            return d;
        }
    }
    public static void main(String[] args) throws Exception {
        Money a = new Money("EUR", 100), b = new Money("EUR", 100), c = new Money("USD", 100);
        System.out.println("equals " + a.equals(b) + " " + a.equals(c) + " " + a.equals(null) + " == " + (a == b));
        System.out.println("hashCode " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode() + " Objects.hash() " + Objects.hash() + " Objects.hash(null) " + Objects.hash((Object) null));
        Money cl = a.clone();
        cl.amount = 5;
        cl.history[0] = 99;
        System.out.println("clone independent field: " + a.amount + " vs " + cl.amount + ", shared array: " + a.history[0] + " same class " + (cl.getClass() == Money.class));
        try { new NotCloneable().tryClone(); } catch (CloneNotSupportedException e) { System.out.println("CNSE: " + e.getMessage()); }
        Deep d1 = new Deep();
        Deep d2 = d1.clone();
        d2.data[0] = 42;
        System.out.println("deep clone " + d1.data[0] + " " + d2.data[0]);
        System.out.println("Objects.equals " + Objects.equals(null, null) + " " + Objects.equals(a, null) + " " + Objects.equals(a, b));
        System.out.println("Objects.toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(a));
        System.out.println("Objects.hashCode(null) " + Objects.hashCode(null) + " requireNonNullElse " + Objects.requireNonNullElse(null, "else"));
        try { Objects.requireNonNull(null, "thing must not be null"); } catch (NullPointerException e) { System.out.println("NPE: " + e.getMessage()); }
        try { Objects.checkIndex(5, 3); } catch (IndexOutOfBoundsException e) { System.out.println("checkIndex: " + e.getMessage()); }
        System.out.println("compare " + a.compareTo(c) + " " + new Money("X", 1).compareTo(new Money("X", 2)) + " Objects.compare " + Objects.compare(a, cl, Money::compareTo));
        Object o = new Object();
        System.out.println("Object equals self " + o.equals(o) + " getClass " + o.getClass().getName() + " hashCode stable " + (o.hashCode() == o.hashCode()));
        int[] arr = {1, 2};
        int[] arrClone = arr.clone();
        System.out.println("array clone equal content " + java.util.Arrays.equals(arr, arrClone) + " different identity " + (arr != arrClone));
        String s1 = "abc";
        System.out.println("String.hashCode vs Objects.hash " + s1.hashCode() + " " + Objects.hash(s1) + " " + java.util.Arrays.hashCode(new Object[] {s1}));
        System.out.println("Boolean/Character/Double toString " + Boolean.toString(false) + Character.toString('x') + Double.toString(2.0) + " Integer.toString " + Integer.toString(-0));
        System.out.println("getClass on boxed " + Integer.valueOf(1).getClass().getSimpleName() + " superclass " + Integer.class.getSuperclass().getSimpleName());
        System.out.println("class literal names " + int.class.getName() + " " + void.class + " " + Integer.TYPE + " " + String.class + " " + Runnable.class);
    }
}
