package org.realtycrm.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

/** A user's notifications, which arrive asynchronously (a JMS consumer stores them). */
public final class Inbox {

    public static final String NOTIFICATIONS = "/api/v1/notifications";
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    private Inbox() {
    }

    /** Polls the inbox until it satisfies the condition; fails when that takes longer than delivery may. */
    public static List<JsonObject> await(Api api, Predicate<List<JsonObject>> condition) {
        Instant deadline = Instant.now().plus(DELIVERY);
        List<JsonObject> items = api.get(NOTIFICATIONS).expect(200).items();
        while (!condition.test(items)) {
            assertThat(Instant.now()).as("notification delivered within " + DELIVERY).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            items = api.get(NOTIFICATIONS).expect(200).items();
        }
        return items;
    }
}
