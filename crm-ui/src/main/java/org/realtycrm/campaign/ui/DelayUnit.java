package org.realtycrm.campaign.ui;

/** How the steps editor counts a step's wait: the step keeps minutes, the screen shows the largest whole unit. */
public enum DelayUnit {
    MINUTES(1, "minutes"),
    HOURS(60, "hours"),
    DAYS(24 * 60, "days");

    private final int minutes;
    private final String words;

    DelayUnit(int minutes, String words) {
        this.minutes = minutes;
        this.words = words;
    }

    public String getWords() {
        return words;
    }

    /** The unit a wait of this many minutes is shown in: days or hours when it is a whole number of them. */
    static DelayUnit of(int delayMinutes) {
        if (delayMinutes > 0 && delayMinutes % DAYS.minutes == 0) {
            return DAYS;
        }
        if (delayMinutes > 0 && delayMinutes % HOURS.minutes == 0) {
            return HOURS;
        }
        return MINUTES;
    }

    /** How many of this unit a wait of that many minutes is. */
    int amount(int delayMinutes) {
        return delayMinutes / minutes;
    }

    /**
     * The wait in minutes, as the boundary takes it; null for no amount (the boundary's "no wait"). A sum too large
     * for an int is sent as the largest int: the boundary refuses it with its own words ("at most a year").
     */
    Integer minutes(Integer amount) {
        if (amount == null) {
            return null;
        }
        long total = (long) amount * minutes;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, total));
    }

    /** "3 days", "1 hour", "45 minutes", "no wait". */
    static String words(int delayMinutes) {
        if (delayMinutes == 0) {
            return "no wait";
        }
        DelayUnit unit = of(delayMinutes);
        int amount = unit.amount(delayMinutes);
        return amount + " " + (amount == 1 ? unit.words.substring(0, unit.words.length() - 1) : unit.words);
    }
}
