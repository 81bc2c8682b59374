import java.time.*;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        LocalDateTime ldt = LocalDateTime.of(2023, 7, 4, 9, 3, 7, 45_000_000);
        ZonedDateTime zdt = ldt.atZone(ZoneOffset.UTC);
        String[] convs = {"tY", "ty", "tC", "tm", "td", "te", "tB", "tb", "th", "tA", "ta", "tj", "tH", "tI", "tk", "tl", "tM", "tS", "tL", "tN", "tp", "tR", "tT", "tr", "tD", "tF", "tz", "tZ", "ts", "tQ", "tc"};
        for (String c : convs) {
            String a = String.format(Locale.ROOT, "%" + c, zdt);
            String b;
            try { b = String.format(Locale.ROOT, "%" + c, ldt); } catch (IllegalFormatException e) { b = e.getClass().getSimpleName(); }
            System.out.println(String.format(Locale.ROOT, "%%%-3s %-32s %s", c, a, b));
        }
        System.out.println(String.format(Locale.ROOT, "%1$tY/%1$tm/%1$td %1$tH:%1$tM", ldt) + " " + String.format(Locale.ROOT, "%TB %<te, %<tY", zdt) + " " + String.format(Locale.ROOT, "[%-12tF] [%12tT]", ldt, ldt));
        System.out.println(String.format(Locale.ROOT, "%tF", LocalDate.of(1999, 12, 31)) + " " + String.format(Locale.ROOT, "%tT", LocalTime.of(23, 59, 58)) + " " + String.format(Locale.ROOT, "%tY", Year.of(2048)));
        try { String.format(Locale.ROOT, "%tH", LocalDate.of(2000, 1, 1)); } catch (IllegalFormatException e) { System.out.println(e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { String.format(Locale.ROOT, "%tY", "not a date"); } catch (IllegalFormatConversionException e) { System.out.println(e.getMessage()); }
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        cal.clear();
        cal.set(2020, Calendar.FEBRUARY, 29, 12, 30, 15);
        System.out.println(String.format(Locale.ROOT, "%tc | %<tF %<tT | %<tA | %<tj", cal));
        cal.add(Calendar.YEAR, 1);
        System.out.println(String.format(Locale.ROOT, "%tF %<tA", cal) + " " + cal.get(Calendar.DAY_OF_YEAR) + " " + cal.getActualMaximum(Calendar.DAY_OF_MONTH) + " " + cal.get(Calendar.WEEK_OF_YEAR));
        cal.add(Calendar.DAY_OF_MONTH, 400);
        System.out.println(String.format(Locale.ROOT, "%tF %<tZ %<ts", cal) + " " + cal.getTimeInMillis());
        System.out.println(String.format(Locale.ROOT, "%tF %<tT", 86_400_000L * 365 + 1234) + " " + String.format(Locale.ROOT, "%tQ", new Date(42)));
        java.text.SimpleDateFormat sdf = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS z EEE MMM", Locale.ROOT);
        sdf.setTimeZone(TimeZone.getTimeZone("UTC"));
        System.out.println(sdf.format(new Date(1_000_000_000_000L)));
        try { System.out.println(sdf.parse("2001-09-09T01:46:40.000 UTC Sun Sep").getTime()); } catch (java.text.ParseException e) { System.out.println("parse error " + e.getErrorOffset()); }
        TimeZone tz = TimeZone.getTimeZone("GMT+05:30");
        System.out.println(tz.getID() + " " + tz.getRawOffset() + " " + TimeZone.getTimeZone("Nowhere/City").getID() + " " + TimeZone.getTimeZone("UTC").getDisplayName(false, TimeZone.SHORT, Locale.ROOT));
    }
}
