import java.math.*;

public class Main {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("1234.5678");
        BigDecimal b = new BigDecimal("-0.0321");
        System.out.println("add " + a.add(b) + " subtract " + a.subtract(b) + " multiply " + a.multiply(b));
        System.out.println("scale " + a.scale() + " precision " + a.precision() + " unscaled " + a.unscaledValue() + " signum " + b.signum());
        System.out.println("divide mc " + a.divide(b, MathContext.DECIMAL64) + " " + a.divide(b, MathContext.DECIMAL32) + " " + BigDecimal.ONE.divide(new BigDecimal(7), MathContext.DECIMAL128));
        System.out.println("divide scale " + a.divide(b, 5, RoundingMode.HALF_UP) + " exact " + new BigDecimal("10").divide(new BigDecimal("4")));
        try {
            BigDecimal.ONE.divide(new BigDecimal(3));
        } catch (ArithmeticException e) {
            System.out.println("non-terminating: " + e.getMessage());
        }
        try {
            BigDecimal.ONE.divide(BigDecimal.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide by zero: " + e.getMessage());
        }
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"};
        StringBuilder header = new StringBuilder(String.format("%6s", "v"));
        for (RoundingMode rm : RoundingMode.values()) if (rm != RoundingMode.UNNECESSARY) header.append(String.format("%10s", rm.name().replace("HALF_", "H_")));
        System.out.println(header);
        for (String v : values) {
            StringBuilder row = new StringBuilder(String.format("%6s", v));
            for (RoundingMode rm : RoundingMode.values()) {
                if (rm == RoundingMode.UNNECESSARY) continue;
                row.append(String.format("%10s", new BigDecimal(v).setScale(0, rm)));
            }
            System.out.println(row);
        }
        try {
            new BigDecimal("1.5").setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            System.out.println("UNNECESSARY: " + e.getMessage());
        }
        System.out.println("equals vs compareTo " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")));
        System.out.println("hashCode " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode());
        System.out.println("stripTrailingZeros " + new BigDecimal("1200.0500").stripTrailingZeros() + " " + new BigDecimal("1200").stripTrailingZeros() + " plain " + new BigDecimal("1200").stripTrailingZeros().toPlainString());
        BigDecimal sci = new BigDecimal("1.23E-10");
        System.out.println("toString " + sci + " plain " + sci.toPlainString() + " engineering " + new BigDecimal("12.3E+7").toEngineeringString() + " " + new BigDecimal("1E+4").toEngineeringString());
        System.out.println("new BigDecimal(0.1) " + new BigDecimal(0.1));
        System.out.println("valueOf(0.1) " + BigDecimal.valueOf(0.1) + " valueOf(long,scale) " + BigDecimal.valueOf(12345, 3) + " valueOf(double) " + BigDecimal.valueOf(1e20));
        System.out.println("movePointLeft " + a.movePointLeft(6) + " movePointRight " + a.movePointRight(2) + " scaleByPowerOfTen " + a.scaleByPowerOfTen(-2));
        System.out.println("pow " + new BigDecimal("1.1").pow(10) + " negate " + b.negate() + " abs " + b.abs() + " plus mc " + a.plus(new MathContext(3)));
        System.out.println("round " + a.round(new MathContext(5, RoundingMode.HALF_EVEN)) + " " + new BigDecimal("99.95").round(new MathContext(3)));
        System.out.println("sqrt " + new BigDecimal(2).sqrt(new MathContext(40)) + " " + new BigDecimal("0.0144").sqrt(MathContext.DECIMAL64));
        System.out.println("remainder " + new BigDecimal("10.5").remainder(new BigDecimal("3")) + " divideToIntegralValue " + new BigDecimal("-10.5").divideToIntegralValue(new BigDecimal("3")));
        System.out.println("min/max " + a.min(b) + " " + a.max(b) + " ulp " + a.ulp());
        System.out.println("intValue " + a.intValue() + " longValue " + new BigDecimal("-9.99").longValue() + " doubleValue " + a.doubleValue() + " floatValue " + b.floatValue());
        try {
            new BigDecimal("1.5").intValueExact();
        } catch (ArithmeticException e) {
            System.out.println("intValueExact: " + e.getMessage());
        }
        System.out.println("toBigInteger " + new BigDecimal("-123.999").toBigInteger() + " " + new BigDecimal("1E+3").toBigIntegerExact());
        try {
            new BigDecimal("abc");
        } catch (NumberFormatException e) {
            System.out.println("parse NFE " + e.getMessage());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) total = total.add(new BigDecimal("0.1"));
        double dtotal = 0;
        for (int i = 0; i < 10; i++) dtotal += 0.1;
        System.out.println("ten dimes " + total + " vs double " + dtotal + " equals 1 " + (total.compareTo(BigDecimal.ONE) == 0));
        BigDecimal principal = new BigDecimal("10000.00");
        BigDecimal rate = new BigDecimal("0.0425").divide(new BigDecimal(12), MathContext.DECIMAL128);
        for (int month = 1; month <= 6; month++) {
            BigDecimal interest = principal.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
            principal = principal.add(interest);
            System.out.println("month " + month + " interest " + interest + " balance " + principal);
        }
        BigDecimal pi = BigDecimal.ZERO;
        MathContext mc = new MathContext(30);
        for (int k = 0; k < 20; k++) {
            BigDecimal term = BigDecimal.ONE.divide(BigDecimal.valueOf(16).pow(k), mc).multiply(
                BigDecimal.valueOf(4).divide(BigDecimal.valueOf(8L * k + 1), mc)
                    .subtract(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(8L * k + 4), mc))
                    .subtract(BigDecimal.ONE.divide(BigDecimal.valueOf(8L * k + 5), mc))
                    .subtract(BigDecimal.ONE.divide(BigDecimal.valueOf(8L * k + 6), mc)), mc);
            pi = pi.add(term, mc);
        }
        System.out.println("pi " + pi.round(new MathContext(25)));
        System.out.println("compare signs " + new BigDecimal("-0.00").signum() + " " + new BigDecimal("0E-10") + " " + new BigDecimal("-0").equals(BigDecimal.ZERO));
        System.out.println("constructors " + new BigDecimal(new BigInteger("12345"), 2) + " " + new BigDecimal(new char[] {'4', '.', '2'}) + " " + new BigDecimal(42L) + " " + new BigDecimal("1e400").precision());
    }
}
