package org.realtycrm.platform.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;

/** Ends the request with the server's error page for a status (web.xml's friendly pages) instead of the view. */
public final class ErrorPages {

    private ErrorPages() {
    }

    /** e.g. {@code send(404, "No such listing")} from a view action, before anything renders. */
    public static void send(int status, String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
