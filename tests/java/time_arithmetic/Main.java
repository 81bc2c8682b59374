import java.time.*;
import java.time.temporal.*;
import java.util.*;

public class Main {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        System.out.println("date " + d + " plusMonths(1) " + d.plusMonths(1) + " plusMonths(13) " + d.plusMonths(13) + " minusDays(31) " + d.minusDays(31));
        System.out.println("plusDays(366) " + d.plusDays(366) + " plusWeeks(10) " + d.plusWeeks(10) + " plusYears(1) " + LocalDate.of(2024, 2, 29).plusYears(1) + " minusYears(4) " + LocalDate.of(2024, 2, 29).minusYears(4));
        System.out.println("dayOfWeek " + d.getDayOfWeek() + " dayOfYear " + d.getDayOfYear() + " lengthOfMonth " + d.lengthOfMonth() + " isLeapYear " + d.isLeapYear() + " lengthOfYear " + LocalDate.of(2023, 6, 1).lengthOfYear());
        LocalDate a = LocalDate.of(1969, 7, 20), b = LocalDate.of(2024, 3, 15);
        System.out.println("between days " + ChronoUnit.DAYS.between(a, b) + " weeks " + ChronoUnit.WEEKS.between(a, b) + " months " + ChronoUnit.MONTHS.between(a, b) + " years " + ChronoUnit.YEARS.between(a, b) + " decades " + ChronoUnit.DECADES.between(a, b));
        Period p = Period.between(a, b);
        System.out.println("period " + p + " years " + p.getYears() + " months " + p.getMonths() + " days " + p.getDays() + " totalMonths " + p.toTotalMonths());
        System.out.println("until " + a.until(b) + " negative " + b.until(a) + " epochDay " + a.toEpochDay() + " " + LocalDate.ofEpochDay(0) + " " + LocalDate.ofEpochDay(19000));
        System.out.println("period parse " + Period.parse("P1Y2M3D") + " ofWeeks " + Period.ofWeeks(3) + " normalized " + Period.of(1, 14, 40).normalized() + " plus " + Period.ofMonths(5).plusDays(2) + " zero " + Period.ZERO.isZero());
        System.out.println("date plus period " + LocalDate.of(2020, 1, 31).plus(Period.of(0, 1, 1)) + " with " + d.with(TemporalAdjusters.lastDayOfMonth()) + " firstMonday " + d.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)) + " next friday " + d.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)));
        System.out.println("compare " + a.isBefore(b) + " " + a.isAfter(b) + " " + a.compareTo(b) + " equal " + a.equals(LocalDate.parse("1969-07-20")) + " withDayOfMonth " + b.withDayOfMonth(1) + " withMonth " + b.withMonth(2));
        for (DayOfWeek dow : DayOfWeek.values()) System.out.print(dow.getValue() + ":" + dow.name().substring(0, 3) + "+3=" + dow.plus(3).name().substring(0, 3) + " ");
        System.out.println();
        System.out.println("Month " + Month.FEBRUARY.length(true) + " " + Month.FEBRUARY.length(false) + " " + Month.of(12) + " " + Month.JANUARY.minus(1) + " firstDayOfYear " + Month.MARCH.firstDayOfYear(true) + " quarter start " + Month.AUGUST.firstMonthOfQuarter());
        int fridays13 = 0;
        for (LocalDate x = LocalDate.of(2000, 1, 13); x.getYear() < 2030; x = x.plusMonths(1)) if (x.getDayOfWeek() == DayOfWeek.FRIDAY) fridays13++;
        System.out.println("friday the 13ths 2000-2029: " + fridays13);
        System.out.println("leap years 1896-1912 " + java.util.stream.IntStream.rangeClosed(1896, 1912).filter(Year::isLeap).boxed().toList() + " Year 2000 leap " + Year.of(2000).isLeap() + " YearMonth " + YearMonth.of(2023, 2).lengthOfMonth() + " " + YearMonth.of(2024, 2).atEndOfMonth());

        Duration dur = Duration.ofHours(25).plusMinutes(61).plusSeconds(3661).plusMillis(1500);
        System.out.println("duration " + dur + " toMinutes " + dur.toMinutes() + " toDays " + dur.toDays() + " seconds " + dur.getSeconds() + " nano " + dur.getNano() + " toHoursPart " + dur.toHoursPart() + " toMinutesPart " + dur.toMinutesPart());
        System.out.println("duration ops " + Duration.ofSeconds(90).multipliedBy(3) + " " + Duration.ofMinutes(10).dividedBy(4) + " " + Duration.ofSeconds(-5).abs() + " " + Duration.ofMillis(-1500) + " " + Duration.ofNanos(1_000_000_001) + " " + Duration.ZERO);
        System.out.println("duration parse " + Duration.parse("PT1H30M") + " " + Duration.parse("P2DT3H4M5.5S").toSeconds() + " between " + Duration.between(LocalTime.of(9, 15), LocalTime.of(17, 45, 30)) + " compare " + Duration.ofHours(1).compareTo(Duration.ofMinutes(60)));
        LocalTime t = LocalTime.of(23, 45, 10);
        System.out.println("time " + t + " plusMinutes(30) " + t.plusMinutes(30) + " minusHours(24) " + t.minusHours(24) + " toSecondOfDay " + t.toSecondOfDay() + " truncated " + t.truncatedTo(ChronoUnit.HOURS) + " " + LocalTime.MIDNIGHT + " " + LocalTime.NOON + " " + LocalTime.of(1, 2, 3, 4000));
        LocalDateTime dt = LocalDateTime.of(2024, 12, 31, 23, 59, 59);
        System.out.println("datetime " + dt + " plusSeconds(1) " + dt.plusSeconds(1) + " minusMonths(10) " + dt.minusMonths(10) + " toLocalDate " + dt.toLocalDate() + " hours between " + ChronoUnit.HOURS.between(dt.minusDays(2), dt));
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        System.out.println("instant " + epoch + " plus " + epoch.plus(Duration.ofDays(30)) + " millis " + epoch.toEpochMilli() + " utc " + LocalDateTime.ofEpochSecond(1_700_000_000L, 0, ZoneOffset.UTC) + " " + Instant.EPOCH + " " + Instant.ofEpochMilli(-1));
        OffsetDateTime odt = OffsetDateTime.of(dt, ZoneOffset.ofHours(-5));
        System.out.println("offset " + odt + " toInstant " + odt.toInstant() + " at +09:30 " + odt.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(9, 30)) + " utc zone " + ZonedDateTime.of(dt, ZoneOffset.UTC));
        System.out.println("parse " + LocalDate.parse("2023-11-05").getDayOfWeek() + " " + LocalTime.parse("07:08") + " " + LocalDateTime.parse("2020-02-29T12:00:00").plusYears(1));
        try {
            LocalDate.of(2023, 2, 29);
        } catch (DateTimeException e) {
            System.out.println("invalid date: " + e.getMessage());
        }
        try {
            LocalDate.parse("2023/01/01");
        } catch (DateTimeException e) {
            System.out.println("parse error: " + e.getMessage());
        }
        try {
            LocalTime.of(24, 0);
        } catch (DateTimeException e) {
            System.out.println("invalid time: " + e.getMessage());
        }
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(2022, 5, 1), LocalDate.of(2021, 12, 25), LocalDate.of(2022, 1, 1)));
        Collections.sort(dates);
        System.out.println("sorted " + dates + " max " + Collections.max(dates));
        System.out.println("fields " + d.get(ChronoField.ALIGNED_WEEK_OF_YEAR) + " " + d.getLong(ChronoField.EPOCH_DAY) + " " + d.range(ChronoField.DAY_OF_MONTH) + " supported " + d.isSupported(ChronoUnit.HOURS) + " " + d.get(IsoFields.QUARTER_OF_YEAR) + " " + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        LocalDate start = LocalDate.of(2024, 2, 26);
        StringBuilder cal = new StringBuilder();
        start.datesUntil(start.plusDays(10)).forEach(x -> cal.append(x.getDayOfMonth()).append(x.getDayOfWeek() == DayOfWeek.SUNDAY ? "| " : " "));
        System.out.println("datesUntil " + cal.toString().trim());
    }
}
