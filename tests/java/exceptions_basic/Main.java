import java.io.IOException;

class InsufficientFundsException extends Exception {
    final int needed, available;
    InsufficientFundsException(int needed, int available) {
        super("need " + needed + " but have " + available);
        this.needed = needed; this.available = available;
    }
    int shortfall() { return needed - available; }
}

class ValidationException extends RuntimeException {
    final String field;
    ValidationException(String field, String msg) { super(field + ": " + msg); this.field = field; }
}

public class Main {
    static void withdraw(int balance, int amount) throws InsufficientFundsException {
        if (amount > balance) throw new InsufficientFundsException(amount, balance);
        System.out.println("withdrew " + amount);
    }
    static void validate(String name) {
        if (name == null || name.isEmpty()) throw new ValidationException("name", "must not be empty");
    }
    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            System.out.println("  parse failed: " + e.getMessage());
            return -1;
        } finally {
            System.out.println("  parse finally for " + s);
        }
    }
    static void io(boolean fail) throws IOException { if (fail) throw new IOException("disk on fire"); }
    public static void main(String[] args) {
        try { withdraw(100, 50); withdraw(100, 150); } catch (InsufficientFundsException e) {
            System.out.println("caught: " + e.getMessage() + " shortfall=" + e.shortfall() + " class=" + e.getClass().getName());
        }
        try { validate(""); } catch (ValidationException e) { System.out.println("validation: field=" + e.field + " msg=" + e.getMessage()); }
        System.out.println(parse("42") + " " + parse("x42") + " " + parse(""));
        try { io(true); } catch (IOException | IllegalStateException e) { System.out.println("multi-catch: " + e); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println("CCE class " + e.getClass().getSimpleName()); }
        try { throw new UnsupportedOperationException(); } catch (RuntimeException e) { System.out.println("no message: " + e.getMessage() + " toString: " + e); }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println("Throwable caught: " + t); }
        try { String s = null; s.length(); } catch (NullPointerException e) { System.out.println("NPE caught"); }
        try { throw new IllegalArgumentException("bad arg", new ArithmeticException("root")); } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + " caused by " + e.getCause() + " / " + e.getCause().getMessage());
        }
        try { throw new RuntimeException(new IOException("wrapped io")); } catch (RuntimeException e) {
            System.out.println("cause-only ctor message: " + e.getMessage());
        }
        try {
            try { throw new IllegalStateException("inner"); }
            finally { System.out.println("inner finally"); }
        } catch (IllegalStateException e) { System.out.println("outer caught " + e.getMessage()); }
        int attempts = 0;
        while (true) {
            try {
                attempts++;
                if (attempts < 3) throw new RuntimeException("attempt " + attempts);
                System.out.println("succeeded after " + attempts);
                break;
            } catch (RuntimeException e) { System.out.println("retry: " + e.getMessage()); }
        }
        Exception e1 = new Exception("top");
        System.out.println("getLocalizedMessage " + e1.getLocalizedMessage() + ", cause null: " + (e1.getCause() == null));
        Throwable t = new Throwable("plain");
        t.initCause(new Error("later cause"));
        System.out.println("initCause: " + t.getCause().getMessage());
        try { t.initCause(new Error("again")); } catch (IllegalStateException ise) { System.out.println("initCause twice: " + ise.getMessage()); }
        try { throw new StackOverflowError(); } catch (VirtualMachineError vme) { System.out.println("constructed SOE: " + vme); }
        try { assert false : "asserts are disabled"; System.out.println("assert skipped (disabled)"); } catch (AssertionError ae) { System.out.println("assert fired"); }
        System.out.println("exception as value: " + new ArithmeticException("val").getMessage());
    }
}
