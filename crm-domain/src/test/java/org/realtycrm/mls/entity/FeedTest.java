package org.realtycrm.mls.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtycrm.mls.entity.Feeds.feed;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RuleViolationException;

class FeedTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(2);

    @Test
    void aNewFeedIsEnabledWithoutCursorLeaseOrFailures() {
        Feed feed = feed();

        assertThat(feed.isEnabled()).isTrue();
        assertThat(feed.cursor()).isEmpty();
        assertThat(feed.getLeaseOwner()).isNull();
        assertThat(feed.getConsecutiveFailures()).isZero();
        assertThat(feed.getFailureLimit()).isEqualTo(Feed.DEFAULT_FAILURE_LIMIT);
        assertThat(feed.getSecretRef()).isEqualTo("crm.mls.secret.ctx");
        assertThat(feed.getSelectList()).isEqualTo("ListingKey,ListPrice,StandardStatus");
    }

    @Test
    void aReloadRequestTakenBySyncSendsEveryCursorBackToTheStartOnce() {
        Feed feed = feed();
        feed.advanceCursor(new FeedCursor(NOW, "L9"));
        feed.advanceCursor(Roster.MEMBERS, new FeedCursor(NOW, "M1"));
        feed.advanceCursor(Roster.OFFICES, new FeedCursor(NOW, "O1"));
        assertThat(feed.startOverIfRequested()).as("nothing asked").isFalse();
        assertThat(feed.cursor()).isPresent();

        feed.requestReload();

        assertThat(feed.isReloadRequested()).isTrue();
        assertThat(feed.startOverIfRequested()).isTrue();
        assertThat(feed.cursor()).isEmpty();
        assertThat(feed.cursor(Roster.MEMBERS)).isEmpty();
        assertThat(feed.cursor(Roster.OFFICES)).isEmpty();
        assertThat(feed.isReloadRequested()).isFalse();
        assertThat(feed.startOverIfRequested()).as("taken once").isFalse();
    }

    @Nested
    class Cursor {

        @Test
        void movesForward() {
            Feed feed = feed();
            FeedCursor first = new FeedCursor(NOW, "B");
            FeedCursor sameInstantLaterKey = new FeedCursor(NOW, "C");
            FeedCursor later = new FeedCursor(NOW.plusMillis(1), "A");

            feed.advanceCursor(first);
            feed.advanceCursor(sameInstantLaterKey);
            feed.advanceCursor(later);

            assertThat(feed.cursor()).contains(later);
        }

        @Test
        void theSamePositionAgainIsHarmless() {
            Feed feed = feed();
            feed.advanceCursor(new FeedCursor(NOW, "B"));

            feed.advanceCursor(new FeedCursor(NOW, "B"));

            assertThat(feed.cursor()).contains(new FeedCursor(NOW, "B"));
        }

        @Test
        void neverMovesBack() {
            Feed feed = feed();
            feed.advanceCursor(new FeedCursor(NOW, "B"));

            assertThatThrownBy(() -> feed.advanceCursor(new FeedCursor(NOW, "A")))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> feed.advanceCursor(new FeedCursor(NOW.minusSeconds(1), "Z")))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(feed.cursor()).contains(new FeedCursor(NOW, "B"));
        }

        @Test
        void eachRosterHasItsOwnCursorThatOnlyMovesForward() {
            Feed feed = feed();
            feed.advanceCursor(new FeedCursor(NOW, "L-9"));
            feed.advanceCursor(Roster.MEMBERS, new FeedCursor(NOW.minusSeconds(60), "M-2"));

            assertThat(feed.cursor(Roster.MEMBERS)).contains(new FeedCursor(NOW.minusSeconds(60), "M-2"));
            assertThat(feed.cursor(Roster.OFFICES)).isEmpty();
            assertThat(feed.cursor()).contains(new FeedCursor(NOW, "L-9"));
            assertThatThrownBy(() -> feed.advanceCursor(Roster.MEMBERS, new FeedCursor(NOW.minusSeconds(60), "M-1")))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("Member cursor");
            feed.advanceCursor(Roster.OFFICES, new FeedCursor(NOW.minusSeconds(600), "O-1"));
            assertThat(feed.cursor(Roster.OFFICES)).contains(new FeedCursor(NOW.minusSeconds(600), "O-1"));
            assertThat(feed.cursor(Roster.MEMBERS)).contains(new FeedCursor(NOW.minusSeconds(60), "M-2"));
        }
    }

    @Nested
    class Lease {

        @Test
        void aFreeLeaseIsTakenForItsTime() {
            Feed feed = feed();

            assertThat(feed.takeLease("node-a", NOW, TTL)).isTrue();

            assertThat(feed.getLeaseOwner()).isEqualTo("node-a");
            assertThat(feed.getLeaseUntil()).isEqualTo(NOW.plus(TTL));
            assertThat(feed.holdsLease("node-a", NOW.plus(TTL).minusMillis(1))).isTrue();
            assertThat(feed.holdsLease("node-a", NOW.plus(TTL))).as("expired at its end").isFalse();
        }

        @Test
        void anotherNodesLiveLeaseCannotBeTaken() {
            Feed feed = feed();
            feed.takeLease("node-a", NOW, TTL);

            assertThat(feed.takeLease("node-b", NOW.plusSeconds(60), TTL)).isFalse();

            assertThat(feed.getLeaseOwner()).isEqualTo("node-a");
            assertThat(feed.getLeaseUntil()).isEqualTo(NOW.plus(TTL));
        }

        @Test
        void anExpiredLeaseIsTakenOver() {
            Feed feed = feed();
            feed.takeLease("node-a", NOW, TTL);

            assertThat(feed.takeLease("node-b", NOW.plus(TTL), TTL)).isTrue();

            assertThat(feed.getLeaseOwner()).isEqualTo("node-b");
            assertThat(feed.holdsLease("node-a", NOW.plus(TTL))).isFalse();
        }

        @Test
        void theHolderRenewsWhileItLasts() {
            Feed feed = feed();
            feed.takeLease("node-a", NOW, TTL);

            assertThat(feed.renewLease("node-a", NOW.plusSeconds(90), TTL)).isTrue();
            assertThat(feed.getLeaseUntil()).isEqualTo(NOW.plusSeconds(90).plus(TTL));
            assertThat(feed.renewLease("node-b", NOW.plusSeconds(100), TTL)).isFalse();
            assertThat(feed.getLeaseOwner()).isEqualTo("node-a");
        }

        @Test
        void anExpiredLeaseMustBeTakenAgainNotRenewed() {
            Feed feed = feed();
            feed.takeLease("node-a", NOW, TTL);

            assertThat(feed.renewLease("node-a", NOW.plus(TTL).plusSeconds(1), TTL)).isFalse();
            assertThat(feed.getLeaseUntil()).isEqualTo(NOW.plus(TTL));
        }

        @Test
        void onlyTheHolderReleases() {
            Feed feed = feed();
            feed.takeLease("node-a", NOW, TTL);

            assertThat(feed.releaseLease("node-b")).isFalse();
            assertThat(feed.getLeaseOwner()).isEqualTo("node-a");
            assertThat(feed.releaseLease("node-a")).isTrue();
            assertThat(feed.getLeaseOwner()).isNull();
            assertThat(feed.getLeaseUntil()).isNull();
            assertThat(feed.takeLease("node-b", NOW.plusSeconds(1), TTL)).isTrue();
        }

        @Test
        void aLeaseNeedsAnOwnerAndAPositiveTime() {
            Feed feed = feed();

            assertThatThrownBy(() -> feed.takeLease(" ", NOW, TTL)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> feed.takeLease("node-a", NOW, Duration.ZERO))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(feed.getLeaseOwner()).isNull();
        }
    }

    @Nested
    class Failures {

        @Test
        void theFeedStopsItselfAtTheFailureLimit() {
            Feed feed = feed();
            feed.changeFailureLimit(3);

            assertThat(feed.recordFailure("HTTP 500")).isFalse();
            assertThat(feed.recordFailure("HTTP 502")).isFalse();
            assertThat(feed.isEnabled()).isTrue();
            assertThat(feed.recordFailure("HTTP 503")).isTrue();

            assertThat(feed.isEnabled()).isFalse();
            assertThat(feed.getConsecutiveFailures()).isEqualTo(3);
            assertThat(feed.getLastError()).isEqualTo("HTTP 503");
            assertThat(feed.recordFailure("HTTP 503")).as("stopped once").isFalse();
        }

        @Test
        void aSuccessStartsTheCountAgain() {
            Feed feed = feed();
            feed.changeFailureLimit(2);
            feed.recordFailure("timeout");

            feed.recordSuccess();
            feed.recordFailure("timeout");

            assertThat(feed.isEnabled()).isTrue();
            assertThat(feed.getConsecutiveFailures()).isEqualTo(1);
        }

        @Test
        void enablingAStoppedFeedStartsTheCountAgainAndKeepsTheCursor() {
            Feed feed = feed();
            feed.advanceCursor(new FeedCursor(NOW, "K"));
            feed.changeFailureLimit(1);
            feed.recordFailure("401 Unauthorized");

            feed.enable();

            assertThat(feed.isEnabled()).isTrue();
            assertThat(feed.getConsecutiveFailures()).isZero();
            assertThat(feed.cursor()).contains(new FeedCursor(NOW, "K"));
        }

        @Test
        void longErrorsAreCutAndBlankOnesNamed() {
            Feed feed = feed();

            feed.recordFailure("e".repeat(5000));
            assertThat(feed.getLastError()).hasSize(Feed.MAX_ERROR_LENGTH);
            feed.recordFailure(null);
            assertThat(feed.getLastError()).isEqualTo("unknown error");
            assertThatThrownBy(() -> feed.changeFailureLimit(0)).isInstanceOf(InvalidInputException.class);
        }
    }
}
