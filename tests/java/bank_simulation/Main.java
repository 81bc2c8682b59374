import java.util.ArrayList;
import java.util.List;

class InsufficientFunds extends Exception {
    InsufficientFunds(String id, long requested, long balance) { super("account " + id + ": requested " + requested + ", balance " + balance); }
}

abstract class Account {
    private static int nextId = 1000;
    protected final String id;
    protected final String owner;
    protected long balanceCents;
    protected final List<String> history = new ArrayList<>();
    Account(String owner, long initial) { this.id = prefix() + (nextId++); this.owner = owner; this.balanceCents = initial; log("open " + fmt(initial)); }
    abstract String prefix();
    abstract long withdrawLimit();
    void deposit(long cents) {
        if (cents <= 0) throw new IllegalArgumentException("deposit must be positive: " + cents);
        balanceCents += cents; log("deposit " + fmt(cents));
    }
    void withdraw(long cents) throws InsufficientFunds {
        if (cents > balanceCents + withdrawLimit()) throw new InsufficientFunds(id, cents, balanceCents);
        balanceCents -= cents; log("withdraw " + fmt(cents));
    }
    void monthEnd() {}
    protected void log(String s) { history.add(s); }
    static String fmt(long cents) { return (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + (Math.abs(cents) % 100 < 10 ? "0" : "") + Math.abs(cents) % 100; }
    @Override public String toString() { return getClass().getSimpleName() + "[" + id + ", " + owner + ", " + fmt(balanceCents) + "]"; }
}

class Checking extends Account {
    Checking(String owner, long initial) { super(owner, initial); }
    String prefix() { return "CHK"; }
    long withdrawLimit() { return 50_00; }
    @Override void monthEnd() { if (balanceCents < 0) { balanceCents -= 25_00; log("overdraft fee"); } }
}

class Savings extends Account {
    private final int rateBasisPoints;
    Savings(String owner, long initial, int bp) { super(owner, initial); rateBasisPoints = bp; }
    String prefix() { return "SAV"; }
    long withdrawLimit() { return 0; }
    @Override void monthEnd() { long interest = balanceCents * rateBasisPoints / 10000 / 12; balanceCents += interest; log("interest " + fmt(interest)); }
}

class Bank {
    private final List<Account> accounts = new ArrayList<>();
    <T extends Account> T open(T a) { accounts.add(a); return a; }
    void transfer(Account from, Account to, long cents) {
        try {
            from.withdraw(cents);
            to.deposit(cents);
            System.out.println("transfer " + Account.fmt(cents) + " " + from.id + " -> " + to.id + " ok");
        } catch (InsufficientFunds e) {
            System.out.println("transfer failed: " + e.getMessage());
        }
    }
    long total() { long t = 0; for (Account a : accounts) t += a.balanceCents; return t; }
    void monthEnd() { for (Account a : accounts) a.monthEnd(); }
    List<Account> accounts() { return accounts; }
}

public class Main {
    public static void main(String[] args) {
        Bank bank = new Bank();
        Checking alice = bank.open(new Checking("Alice", 100_00));
        Savings aliceSav = bank.open(new Savings("Alice", 5000_00, 450));
        Checking bob = bank.open(new Checking("Bob", 20_00));
        Savings carol = bank.open(new Savings("Carol", 123_45, 1200));
        for (Account a : bank.accounts()) System.out.println(a);
        bank.transfer(alice, bob, 30_00);
        bank.transfer(bob, carol, 90_00);
        bank.transfer(bob, carol, 200_00);
        bank.transfer(carol, alice, 1_000_00);
        bank.transfer(aliceSav, alice, 999_99);
        try { alice.deposit(-5); } catch (IllegalArgumentException e) { System.out.println("error: " + e.getMessage()); }
        for (int month = 1; month <= 3; month++) {
            bank.monthEnd();
            System.out.println("after month " + month + ": total " + Account.fmt(bank.total()));
        }
        for (Account a : bank.accounts()) {
            System.out.println(a);
            for (String h : a.history) System.out.println("    " + h);
        }
    }
}
