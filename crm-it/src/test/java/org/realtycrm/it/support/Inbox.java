package org.realtycrm.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

/** A user's notifications, read through the API as their browser would. */
public final class Inbox {

    public static final String NOTIFICATIONS = "/api/v1/notifications";
    /**
     * How long a notification may take to arrive. Usually a second or two; just after a server's restart its persistent
     * timers all catch up at once, and a loaded CI machine has taken past 20 seconds then.
     */
    private static final Duration DELIVERY = Duration.ofSeconds(45);

    private Inbox() {
    }

    public static long unread(Api api) {
        return api.get(NOTIFICATIONS + "/unread-count").expect(200).json().getJsonNumber("unread").longValue();
    }

    /** Delivery is asynchronous (a JMS consumer, a timer): poll until the inbox satisfies the condition. */
    public static List<JsonObject> await(Api api, Predicate<List<JsonObject>> condition) {
        Instant deadline = Instant.now().plus(DELIVERY);
        List<JsonObject> items = api.get(NOTIFICATIONS + "?size=200").expect(200).items();
        while (!condition.test(items)) {
            assertThat(Instant.now()).as("notification delivered within " + DELIVERY).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            items = api.get(NOTIFICATIONS + "?size=200").expect(200).items();
        }
        return items;
    }

    /** How many notifications of this kind are about this lead. */
    public static long about(List<JsonObject> items, String kind, long leadId) {
        return items.stream()
                .filter(n -> n.getString("kind").equals(kind) && n.getJsonNumber("leadId").longValue() == leadId)
                .count();
    }
}
