interface Loanable {
    int MAX_DAYS = 14;

    int maxDays();

    default double lateFee(int daysOut, double daily) {
        int late = Math.max(0, daysOut - maxDays());
        return late * daily;
    }
}
