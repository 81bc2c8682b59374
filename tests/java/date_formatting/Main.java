import java.time.*;
import java.time.format.*;
import java.time.temporal.*;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        LocalDateTime dt = LocalDateTime.of(2024, 2, 29, 13, 5, 9, 123_456_789);
        String[] patterns = {"yyyy-MM-dd", "dd/MM/yy", "EEEE, MMMM d, uuuu", "EEE MMM dd", "HH:mm:ss.SSS", "hh:mm a", "yyyyMMdd'T'HHmmss", "D 'day of year', w", "QQQ yyyy", "G yyyy", "n", "e c"};
        for (String p : patterns) {
            try { System.out.println(String.format(Locale.ROOT, "%-22s %s", p, DateTimeFormatter.ofPattern(p, Locale.ROOT).format(dt))); }
            catch (RuntimeException e) { System.out.println(p + " ! " + e.getClass().getSimpleName()); }
        }
        System.out.println(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dt) + " | " + DateTimeFormatter.ISO_DATE.format(dt) + " | " + DateTimeFormatter.BASIC_ISO_DATE.format(dt) + " | " + DateTimeFormatter.ISO_WEEK_DATE.format(dt) + " | " + DateTimeFormatter.ISO_ORDINAL_DATE.format(dt));
        ZonedDateTime z = dt.atZone(ZoneOffset.ofHours(2));
        System.out.println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(z) + " | " + DateTimeFormatter.RFC_1123_DATE_TIME.format(z) + " | " + DateTimeFormatter.ISO_INSTANT.format(z));
        System.out.println(z.withZoneSameInstant(ZoneOffset.UTC) + " " + z.toInstant().getEpochSecond() + " " + z.toOffsetDateTime());
        System.out.println(LocalDate.parse("2023-12-31").plusDays(1) + " " + LocalDate.parse("31.01.2023", DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT)).plusMonths(1) + " " + LocalTime.parse("23:59:59").plusSeconds(2));
        System.out.println(LocalDateTime.parse("2024-03-10T02:30") + " " + OffsetDateTime.parse("2024-06-01T10:00:00-05:00").toInstant() + " " + Instant.parse("2000-01-01T00:00:00Z").toEpochMilli());
        for (String bad : new String[]{"2023-02-29", "2023-13-01", "20230101", "2023-1-1"}) {
            try { System.out.println(LocalDate.parse(bad)); } catch (DateTimeParseException e) { System.out.println("DateTimeParseException: " + e.getMessage()); }
        }
        DateTimeFormatter strict = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        DateTimeFormatter lenient = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.LENIENT);
        try { LocalDate.parse("2023-02-30", strict); } catch (DateTimeParseException e) { System.out.println("strict: " + e.getMessage()); }
        System.out.println("smart: " + LocalDate.parse("2023-02-30", DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)) + " lenient: " + LocalDate.parse("2023-02-30", lenient));
        DateTimeFormatter built = new DateTimeFormatterBuilder().appendLiteral('[').appendValue(ChronoField.YEAR, 4).appendLiteral('/').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .optionalStart().appendLiteral('/').appendValue(ChronoField.DAY_OF_MONTH, 2).optionalEnd().appendLiteral(']').parseDefaulting(ChronoField.DAY_OF_MONTH, 1).toFormatter(Locale.ROOT);
        System.out.println(built.format(dt) + " " + LocalDate.parse("[2020/07]", built) + " " + LocalDate.parse("[2020/07/15]", built));
        TemporalAccessor ta = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).parse("07:45");
        System.out.println(ta.get(ChronoField.HOUR_OF_DAY) + " " + ta.isSupported(ChronoField.YEAR) + " " + LocalTime.from(ta));
        System.out.println(Duration.ofSeconds(3725, 500_000_000) + " " + Duration.parse("PT1H30M").toMinutes() + " " + Period.parse("P1Y2M3D").plusDays(10) + " " + Duration.between(dt, dt.plusHours(49)).toDays());
        System.out.println(Year.isLeap(1900) + " " + Year.isLeap(2000) + " " + YearMonth.of(2024, 2).lengthOfMonth() + " " + YearMonth.parse("2023-11").atEndOfMonth() + " " + MonthDay.of(2, 29).isValidYear(2023));
        System.out.println(DayOfWeek.MONDAY.getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + Month.SEPTEMBER.getDisplayName(TextStyle.FULL, Locale.ROOT) + " " + Month.of(3).getDisplayName(TextStyle.NARROW, Locale.ROOT));
        System.out.println(ZoneOffset.of("+05:30").getTotalSeconds() + " " + ZoneOffset.ofHoursMinutes(-3, -30) + " " + ZoneId.of("UTC").normalized() + " " + ZoneId.of("Z"));
    }
}
