import java.math.*;
import java.util.*;

public class Main {
    record Line(String item, int qty, BigDecimal unit, BigDecimal taxRate) {
        BigDecimal net() { return unit.multiply(BigDecimal.valueOf(qty)); }
        BigDecimal tax() { return net().multiply(taxRate).setScale(2, RoundingMode.HALF_EVEN); }
    }

    static BigDecimal bd(String s) { return new BigDecimal(s); }

    public static void main(String[] args) {
        List<Line> lines = List.of(
            new Line("Coffee beans 1kg", 2, bd("18.95"), bd("0.07")),
            new Line("Grinder", 1, bd("129.00"), bd("0.19")),
            new Line("Filter papers", 5, bd("3.49"), bd("0.19")),
            new Line("Milk 1l", 12, bd("1.15"), bd("0.07")));
        BigDecimal net = BigDecimal.ZERO, tax = BigDecimal.ZERO;
        for (Line l : lines) {
            System.out.println(String.format(Locale.ROOT, "%-18s %3d x %8s = %9s  tax %7s", l.item(), l.qty(), l.unit(), l.net(), l.tax()));
            net = net.add(l.net());
            tax = tax.add(l.tax());
        }
        BigDecimal gross = net.add(tax);
        System.out.println("net " + net + " tax " + tax + " gross " + gross);
        BigDecimal discount = gross.multiply(bd("0.035")).setScale(2, RoundingMode.HALF_UP);
        System.out.println("discount 3.5% " + discount + " to pay " + gross.subtract(discount));
        BigDecimal[] parts = gross.divideAndRemainder(BigDecimal.valueOf(3));
        System.out.println("split by 3: " + Arrays.toString(parts) + " each " + gross.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN));
        BigDecimal share = gross.divide(BigDecimal.valueOf(3), 2, RoundingMode.DOWN);
        System.out.println("last pays " + gross.subtract(share.multiply(BigDecimal.valueOf(2))));
        BigDecimal principal = bd("10000.00"), rate = bd("0.045");
        BigDecimal monthly = rate.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
        BigDecimal balance = principal;
        for (int m = 1; m <= 12; m++) {
            BigDecimal interest = balance.multiply(monthly).setScale(2, RoundingMode.HALF_EVEN);
            balance = balance.add(interest);
            if (m % 3 == 0) System.out.println("month " + m + " interest " + interest + " balance " + balance);
        }
        String[] values = {"2.345", "2.355", "-2.345", "2.3450001", "0.005", "-0.005", "1.5", "2.5", "-1.5"};
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        for (String v : values) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-10s", v));
            for (RoundingMode rm : modes) sb.append(String.format(Locale.ROOT, " %6s", bd(v).setScale(v.contains("2.3") ? 2 : 0, rm)));
            System.out.println(sb);
        }
        try { bd("1.25").setScale(1, RoundingMode.UNNECESSARY); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(bd("1.10").equals(bd("1.1")) + " " + bd("1.10").compareTo(bd("1.1")) + " " + bd("1.10").stripTrailingZeros() + " " + bd("100").stripTrailingZeros() + " " + bd("100").stripTrailingZeros().toPlainString());
        System.out.println(bd("1.10").hashCode() + " " + bd("1.1").hashCode() + " " + new HashSet<>(List.of(bd("1.10"), bd("1.1"))).size() + " " + new TreeSet<>(List.of(bd("1.10"), bd("1.1"))).size());
        System.out.println(bd("123.4500").scale() + " " + bd("123.4500").precision() + " " + bd("123.4500").unscaledValue() + " " + bd("1E+3").scale() + " " + bd("1E+3").toPlainString() + " " + bd("0.000001234").toString() + " " + bd("0.0000001234"));
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(100, -2) + " " + BigDecimal.valueOf(12345, 3) + " " + bd("12345").movePointLeft(7) + " " + bd("1.5").movePointRight(3));
        System.out.println(bd("10").divide(bd("4")) + " " + bd("1").divide(bd("8")) + " " + bd("2").sqrt(new MathContext(20)) + " " + bd("3.14159").round(new MathContext(3)) + " " + bd("-7.5").abs().negate().plus());
        System.out.println(bd("19.99").multiply(bd("3")).toBigInteger() + " " + bd("19.99").intValue() + " " + bd("1e20").longValue() + " " + bd("0.1").doubleValue() + " " + bd("2.50").remainder(bd("0.3")));
        try { bd("1e20").longValueExact(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(bd("12.3456").setScale(2, RoundingMode.HALF_UP).toEngineeringString() + " " + bd("12345678901234567890").toEngineeringString() + " " + bd("1.2E-7").toEngineeringString() + " " + bd("-0.00").signum() + " " + bd("5").max(bd("5.0")) + " " + bd("5.0").min(bd("5")));
    }
}
