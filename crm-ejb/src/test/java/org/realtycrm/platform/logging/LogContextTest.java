package org.realtycrm.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

class LogContextTest {

    private final LogFieldsHandler handler = new LogFieldsHandler();

    @Test
    void a_scope_labels_the_thread_until_it_is_closed() {
        try (LogContext.Scope scope = LogContext.open("req-1", "ana@example.com")) {
            assertThat(LogContext.requestId()).contains("req-1");
            assertThat(LogContext.user()).contains("ana@example.com");
            assertThat(LogContext.fields()).containsExactly(Map.entry("RequestId", "req-1"),
                    Map.entry("User", "ana@example.com"));
        }

        assertThat(LogContext.requestId()).isEmpty();
        assertThat(LogContext.fields()).isEmpty();
    }

    @Test
    void an_anonymous_request_has_no_user_field() {
        try (LogContext.Scope scope = LogContext.open("req-2", null)) {
            assertThat(LogContext.fields()).containsOnlyKeys("RequestId");
            assertThat(LogContext.user()).isEmpty();
        }
    }

    @Test
    void closing_an_inner_scope_puts_back_the_outer_one() {
        try (LogContext.Scope job = LogContext.open("req-3", "ana@example.com")) {
            try (LogContext.Scope step = LogContext.open("req-3", "ana@example.com")) {
                assertThat(LogContext.requestId()).contains("req-3");
            }
            assertThat(LogContext.requestId()).contains("req-3");
        }
        assertThat(LogContext.requestId()).isEmpty();
    }

    @Test
    void another_thread_does_not_see_it() {
        try (LogContext.Scope scope = LogContext.open("req-4", null)) {
            assertThat(CompletableFuture.supplyAsync(LogContext::requestId).join()).isEmpty();
        }
    }

    @Test
    void the_handler_appends_the_fields_after_the_message_parameters() {
        LogRecord event = new LogRecord(Level.INFO, "Import {0} ended {1}");
        event.setParameters(new Object[] {42L, "COMPLETED"});

        try (LogContext.Scope scope = LogContext.open("req-5", "ana@example.com")) {
            handler.publish(event);
            handler.publish(event); // a second handler on the way adds nothing more
        }

        assertThat(event.getParameters()).containsExactly(42L, "COMPLETED",
                Map.of("RequestId", "req-5", "User", "ana@example.com"));
        assertThat(new java.util.logging.SimpleFormatter().formatMessage(event)).isEqualTo("Import 42 ended COMPLETED");
    }

    @Test
    void the_handler_gives_an_event_without_parameters_the_fields_alone() {
        LogRecord event = new LogRecord(Level.WARNING, "plain");

        try (LogContext.Scope scope = LogContext.open("req-6", null)) {
            handler.publish(event);
        }

        assertThat(event.getParameters()).containsExactly(Map.of("RequestId", "req-6"));
    }

    @Test
    void the_handler_leaves_events_outside_a_request_alone() {
        LogRecord event = new LogRecord(Level.INFO, "timer ran");

        handler.publish(event);

        assertThat(event.getParameters()).isNull();
    }
}
