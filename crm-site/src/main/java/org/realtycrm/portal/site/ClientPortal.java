package org.realtycrm.portal.site;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The signed-in client's own calls, made with their token ({@link CoreConnection#asClient}): who they are, their saved
 * homes and searches, and what they looked at. A token the core no longer takes ends the session
 * ({@link SessionEndedException}); a core that fails, or answers what the contract does not say, is
 * {@link CoreUnavailableException}.
 */
@ApplicationScoped
public class ClientPortal {

    private static final Logger LOG = Logger.getLogger(ClientPortal.class.getName());

    @Inject
    CoreConnection core;

    public ClientProfile profile(String token) {
        return read(call("GET", "/me", token, null, CoreConnection.READ, 200), ClientProfile::from);
    }

    public List<Favourite> favourites(String token) {
        return read(call("GET", "/favourites", token, null, CoreConnection.READ, 200), Favourite::listFrom);
    }

    /** Saves the home; false when it is not (or no longer) a listing the public sees. */
    public boolean addFavourite(String token, long listingId) {
        return call("PUT", "/favourites/" + listingId, token, null, CoreConnection.WRITE, 204, 404).status() == 204;
    }

    /** Forgets the home; it is as good as done when the client had not saved it. */
    public void removeFavourite(String token, long listingId) {
        call("DELETE", "/favourites/" + listingId, token, null, CoreConnection.WRITE, 204, 404);
    }

    public List<SavedSearch> savedSearches(String token) {
        return read(call("GET", "/saved-searches", token, null, CoreConnection.READ, 200), SavedSearch::listFrom);
    }

    public SaveSearchResult saveSearch(String token, SearchToSave search) {
        CoreAnswer answer = call("POST", "/saved-searches", token, search.json(), CoreConnection.WRITE, 201, 400, 409);
        return switch (answer.status()) {
            case 400 -> new SaveSearchResult.Refused(answer.problem().fieldErrors());
            case 409 -> new SaveSearchResult.LimitReached(answer.problem().detail());
            default -> new SaveSearchResult.Saved();
        };
    }

    /** Renames it or changes how often it is sent (what is null stays as it is). */
    public SaveSearchResult changeSearch(String token, long id, String name, Frequency frequency) {
        JsonObjectBuilder body = PortalJson.BUILDERS.createObjectBuilder();
        if (name != null) {
            body.add("name", name);
        }
        if (frequency != null) {
            body.add("frequency", frequency.name());
        }
        CoreAnswer answer = call("PATCH", "/saved-searches/" + id, token, body.build(), CoreConnection.WRITE, 200,
                400, 404);
        return switch (answer.status()) {
            case 400 -> new SaveSearchResult.Refused(answer.problem().fieldErrors());
            case 404 -> new SaveSearchResult.NotFound();
            default -> new SaveSearchResult.Saved();
        };
    }

    /** Deletes it; one that is not (or no longer) the client's is as good as deleted (a second click). */
    public void deleteSearch(String token, long id) {
        call("DELETE", "/saved-searches/" + id, token, null, CoreConnection.WRITE, 204, 404);
    }

    /** Tells the client's agent they opened a listing's page: beside the page, which never waits for it. */
    public void viewed(String token, long listingId) {
        core.asClientInBackground("/views", token,
                PortalJson.BUILDERS.createObjectBuilder().add("listingId", listingId).build());
    }

    private CoreAnswer call(String method, String path, String token, JsonObject body, Duration timeout,
            int... expected) {
        CoreAnswer answer = core.asClient(method, path, token, body, timeout);
        if (answer.status() == 401 || answer.status() == 403) {
            throw new SessionEndedException(method + " " + path + " answered " + answer.status());
        }
        for (int status : expected) {
            if (answer.status() == status) {
                return answer;
            }
        }
        LOG.warning(() -> method + " " + CoreConnection.PORTAL + path + " answered " + answer.status() + ": "
                + answer.abbreviated());
        throw new CoreUnavailableException(method + " " + path + " answered " + answer.status());
    }

    private static <T> T read(CoreAnswer answer, Function<JsonObject, T> reader) {
        try {
            return reader.apply(answer.json());
        } catch (RuntimeException e) {
            LOG.warning(() -> "the core's answer " + answer.status() + " could not be read: " + e);
            throw new CoreUnavailableException("an answer that could not be read", e);
        }
    }
}
