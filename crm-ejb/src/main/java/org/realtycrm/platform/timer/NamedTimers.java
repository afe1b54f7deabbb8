package org.realtycrm.platform.timer;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

/**
 * Keeps exactly one persistent timer of a kind. A bean names its timer by what it does and how it is set
 * ({@code "follow-up-reminders every 60 s"}), so that after a restart with changed settings the old timer is
 * recognised by its prefix and replaced, and a timer that survived the restart unchanged is kept (persistent timers
 * outlive the application; creating one at every start would multiply them).
 */
public final class NamedTimers {

    private NamedTimers() {
    }

    /**
     * Cancels every timer of the bean whose name starts with {@code prefix}, except one named {@code wanted} (null:
     * none is wanted, all of them go).
     *
     * @return whether a timer named {@code wanted} is left, so the caller creates one only when it is not
     */
    public static boolean keepOnly(TimerService timers, String prefix, String wanted) {
        boolean present = false;
        for (Timer timer : timers.getTimers()) {
            String name = String.valueOf(timer.getInfo());
            if (name.equals(wanted) && !present) { // equals(null) is false
                present = true;
            } else if (name.startsWith(prefix)) {
                timer.cancel();
            }
        }
        return present;
    }
}
