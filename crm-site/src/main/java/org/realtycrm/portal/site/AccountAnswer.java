package org.realtycrm.portal.site;

import java.util.Map;

import org.realtycrm.platform.site.CoreProblem;

/**
 * What the core answered a call no client's token covers (sign-up, confirming an email, an agent's invitation,
 * sign-in, asking for a new password and choosing it, an alert's unsubscribe link), by what it means for the page.
 * Each page acts on the answers its call can have; any other is {@link Unexpected}, which the page shows as "try again
 * shortly".
 */
public sealed interface AccountAnswer {

    /** 200 with a token: the client is signed in. */
    record SignedIn(ClientSession session) implements AccountAnswer {
    }

    /** 202: the core emailed a link to confirm the address (or, when it has an account, told its owner so). */
    record VerificationSent() implements AccountAnswer {
    }

    /**
     * 202 {@code {"status":"reset-sent"}}: asked for a new password, the core emailed the address a link to choose one
     * if it has an account (the answer is the same when it has none).
     */
    record ResetSent() implements AccountAnswer {
    }

    /** 200 of an unsubscribe link: the saved search it stopped. */
    record Unsubscribed(String searchName) implements AccountAnswer {
    }

    /** 400: what is wrong, by field. */
    record Refused(Map<String, String> fieldErrors) implements AccountAnswer {
    }

    /** 401 of a sign-in: the email or the password is wrong, or the account is deactivated (one answer to all). */
    record WrongCredentials() implements AccountAnswer {
    }

    /** 403 email-not-verified of a sign-in: the core has sent a new link to confirm the address. */
    record EmailNotVerified() implements AccountAnswer {
    }

    /** 410: the emailed link expired or was used. */
    record LinkExpired() implements AccountAnswer {
    }

    /** 404: the link's token is not known. */
    record UnknownLink() implements AccountAnswer {
    }

    /** 429: too many tries from this address; try again after so many seconds. */
    record TooMany(long retryAfterSeconds) implements AccountAnswer {
    }

    /** Anything else: the core is failing or does not answer as the contract says. */
    record Unexpected(int status, String problem) implements AccountAnswer {
    }

    static AccountAnswer of(CoreAnswer answer) {
        int status = answer.status();
        try {
            return switch (status) {
                case 200 -> answer.json().containsKey("accessToken")
                        ? new SignedIn(ClientSession.from(answer.json()))
                        : new Unsubscribed(PortalJson.requiredText(answer.json(), "searchName"));
                case 202 -> sent(answer);
                case 400 -> new Refused(answer.problem().fieldErrors().isEmpty()
                        ? Map.of("form", "could not be sent as it is") : answer.problem().fieldErrors());
                // any other 401 is the site's own signature refused (a wrong key or secret, a clock adrift)
                case 401 -> answer.problem().isA("invalid-credentials") ? new WrongCredentials()
                        : unexpected(answer);
                case 403 -> answer.problem().isA("email-not-verified") ? new EmailNotVerified()
                        : unexpected(answer);
                case 404 -> new UnknownLink();
                case 410 -> new LinkExpired();
                case 429 -> new TooMany(answer.retryAfterSeconds());
                default -> unexpected(answer);
            };
        } catch (RuntimeException e) { // a 200 without what it should hold: the answer, never its token, is logged
            return new Unexpected(status, "an answer that could not be read: " + e);
        }
    }

    /** 202: a link was emailed; which one, the status says ("reset-sent"; a sign-up's is "verification-sent"). */
    private static AccountAnswer sent(CoreAnswer answer) {
        return "reset-sent".equals(PortalJson.text(answer.json(), "status")) ? new ResetSent()
                : new VerificationSent();
    }

    private static Unexpected unexpected(CoreAnswer answer) {
        CoreProblem problem = answer.problem();
        return new Unexpected(answer.status(), problem.type() == null ? answer.abbreviated()
                : problem.type() + ": " + problem.detail());
    }
}
