package org.realtycrm.platform.sealing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Key files for tests: fixed keys, so that a failure can be reproduced. */
public final class TestKeys {

    private TestKeys() {
    }

    /** A key ring with data keys of the given versions and an index key. */
    public static KeyRing ring(int... versions) {
        List<String> lines = new ArrayList<>();
        for (int version : versions) {
            lines.add(version + ":" + key(version));
        }
        lines.add("index:" + key(99));
        return KeyRing.parse(lines);
    }

    public static String key(int seed) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
