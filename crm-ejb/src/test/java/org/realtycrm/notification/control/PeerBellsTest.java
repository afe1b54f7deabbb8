package org.realtycrm.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PeerBellsTest {

    @Test
    void anotherNodesMessageNamesItsUsers() {
        List<String> payloads = PeerBells.payloads("node-a", new LinkedHashSet<>(List.of(7L, 42L)));
        assertEquals(List.of("node-a|7,42"), payloads);
        assertEquals(Optional.of(Set.of(7L, 42L)), PeerBells.usersFromPeer(payloads.get(0), "node-b"));
    }

    @Test
    void aNodeIgnoresItsOwnMessages() {
        assertEquals(Optional.empty(), PeerBells.usersFromPeer("node-a|7", "node-a"));
    }

    @Test
    void whatIsNotOursIsIgnored() {
        assertEquals(Optional.empty(), PeerBells.usersFromPeer("hello", "node-a"));
        assertEquals(Optional.empty(), PeerBells.usersFromPeer("|7", "node-a"));
        assertEquals(Optional.empty(), PeerBells.usersFromPeer("node-b|7,x", "node-a"));
    }

    @Test
    void manyUsersAreSplitIntoMessagesNotifyTakes() {
        Set<Long> users = new LinkedHashSet<>();
        LongStream.range(1_000_000, 1_002_000).forEach(users::add);
        List<String> payloads = PeerBells.payloads("node-a", users);
        assertTrue(payloads.size() > 1);
        Set<Long> heard = new LinkedHashSet<>();
        for (String payload : payloads) {
            assertTrue(payload.length() <= PeerBells.MAX_PAYLOAD, payload.length() + " characters");
            heard.addAll(PeerBells.usersFromPeer(payload, "node-b").orElseThrow());
        }
        assertEquals(users, heard);
    }
}
