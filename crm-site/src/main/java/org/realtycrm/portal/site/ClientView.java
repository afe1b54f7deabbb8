package org.realtycrm.portal.site;

/**
 * What a public page (a listing, a search) shows differently to a signed-in client: their "Save" button (and whether
 * the home is saved already), the form to save the search, each carrying their session's csrf value. Such a page is
 * theirs alone: drawn for them and never cached. So is one drawn just as their session was found to be over, whose
 * answer clears their cookie.
 */
public record ClientView(boolean signedIn, boolean sessionEnded, boolean saved, String csrf) {

    /** A visitor who is not signed in: the page everyone gets, cached as it always is. */
    public static final ClientView ANONYMOUS = new ClientView(false, false, false, null);

    public boolean personal() {
        return signedIn || sessionEnded;
    }
}
