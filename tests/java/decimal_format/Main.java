import java.text.*;
import java.math.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws ParseException {
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
        String[] patterns = {"0.00", "#,##0.###", "000000", "#.##%", "0.###E0", "00.##E0", "\u00a4#,##0.00", "#,##0.00;(#,##0.00)", "'#'#", "0.0#"};
        double[] values = {0, 1234.5678, -0.5, 1e7, 0.000123456, -98765.4321, 2.5, 3.5};
        for (String p : patterns) {
            DecimalFormat df = new DecimalFormat(p, sym);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-22s", p));
            for (double v : values) sb.append(" [").append(df.format(v)).append(']');
            System.out.println(sb);
        }
        DecimalFormat half = new DecimalFormat("0", sym);
        StringBuilder sb = new StringBuilder("HALF_EVEN:");
        for (double v : new double[]{0.5, 1.5, 2.5, -0.5, -1.5}) sb.append(' ').append(half.format(v));
        half.setRoundingMode(RoundingMode.HALF_UP);
        sb.append(" HALF_UP:");
        for (double v : new double[]{0.5, 1.5, 2.5, -0.5, -1.5}) sb.append(' ').append(half.format(v));
        System.out.println(sb);
        DecimalFormat grouping = new DecimalFormat("#,##0.00", sym);
        System.out.println(grouping.format(new BigDecimal("12345678901234567890.125")) + " " + grouping.format(Long.MIN_VALUE) + " " + grouping.format(Double.NaN) + " " + grouping.format(Double.NEGATIVE_INFINITY));
        System.out.println(grouping.parse("1,234.56") + " " + grouping.parse("-7") + " " + grouping.parse("12abc") + " " + grouping.toPattern());
        try { grouping.parse("abc"); } catch (ParseException e) { System.out.println("ParseException at " + e.getErrorOffset() + ": " + e.getMessage()); }
        NumberFormat nf = NumberFormat.getInstance(Locale.ROOT);
        nf.setMaximumFractionDigits(2);
        nf.setMinimumFractionDigits(1);
        System.out.println(nf.format(1234567.891) + " " + nf.format(3) + " " + NumberFormat.getIntegerInstance(Locale.ROOT).format(2.5) + " " + NumberFormat.getPercentInstance(Locale.ROOT).format(0.256));
        System.out.println(MessageFormat.format("{0} has {1} items costing {2}", "cart", 3, "9.99") + " | " + new MessageFormat("{1}-{0}-{1}", Locale.ROOT).format(new Object[]{"a", "b"}));
        MessageFormat mf = new MessageFormat("There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.", Locale.ROOT);
        for (int n : new int[]{0, 1, 2, 1273}) System.out.println(mf.format(new Object[]{n}));
        ChoiceFormat cf = new ChoiceFormat(new double[]{0, 1, 2}, new String[]{"none", "single", "many"});
        System.out.println(cf.format(0) + " " + cf.format(1) + " " + cf.format(5) + " " + cf.format(-1) + " " + cf.toPattern());
        System.out.println(MessageFormat.format("quote '{0}' and ''{0}''", "x") + " " + MessageFormat.format("{0,number,#.##}", 3.14159));
        DecimalFormat sci = new DecimalFormat("##0.#####E0", sym);
        System.out.println(sci.format(123456) + " " + sci.format(0.00012345) + " " + sci.format(12345) + " " + sci.format(1));
        DecimalFormat custom = (DecimalFormat) sym.clone().getClass().cast(null) == null ? new DecimalFormat("#,##0.0", new DecimalFormatSymbols(Locale.ROOT)) : null;
        DecimalFormatSymbols weird = new DecimalFormatSymbols(Locale.ROOT);
        weird.setDecimalSeparator(',');
        weird.setGroupingSeparator('.');
        custom.setDecimalFormatSymbols(weird);
        System.out.println(custom.format(9876543.21) + " " + custom.parse("1.234,5"));
        DecimalFormat pad = new DecimalFormat("*#,##0.00", sym);
        System.out.println(sym.getDecimalSeparator() + " " + sym.getGroupingSeparator() + " " + sym.getMinusSign() + " " + sym.getPercent() + " " + sym.getExponentSeparator() + " " + sym.getInfinity() + " " + sym.getNaN() + " " + sym.getZeroDigit());
    }
}
