package org.realtycrm.mls.control;

import java.util.Objects;
import java.util.Optional;

/** A token the provider issued once (MLS Grid, Bridge): sent as is, nothing to renew. */
public final class StaticBearerToken implements AccessTokens {

    private final String token;

    public StaticBearerToken(String token) {
        this.token = Objects.requireNonNull(token);
    }

    @Override
    public String current() {
        return token;
    }

    @Override
    public Optional<String> renewed(String rejected) {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "StaticBearerToken[***]";
    }
}
