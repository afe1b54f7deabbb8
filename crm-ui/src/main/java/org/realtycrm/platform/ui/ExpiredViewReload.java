package org.realtycrm.platform.ui;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Optional;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A signed-in user's action on a page whose state this node does not hold reloads the page instead of failing.
 * A page's state lives in the session of the node that showed it; when that node goes down, the next node continues
 * the sign-in (identity.ui.FormSignIn) but has never seen the page, and its action would end on "Your page expired".
 * Here the browser is sent back to the page it was on (its same-origin Referer), shown afresh by this node, with a
 * message that the action was not carried out. The bell does the same when its websocket finds itself on another
 * node. Without a sign-in, or without a page to go back to, the error page stays (web.xml).
 */
public class ExpiredViewReload extends ExceptionHandlerWrapper {

    static final String MESSAGE = "This page was reloaded (the server that showed it is no longer there); "
            + "your last action was not carried out: please repeat it.";

    public ExpiredViewReload(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            if (!(expired(events.next().getContext().getException()))) {
                continue;
            }
            ExternalContext external = faces.getExternalContext();
            Optional<String> page = external.getUserPrincipal() == null ? Optional.empty()
                    : pageOf(external.getRequestHeaderMap().get("Referer"), external.getRequestHeaderMap().get("Host"),
                    external.getRequestContextPath());
            if (page.isPresent()) {
                events.remove();
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, MESSAGE, null));
                external.getFlash().setKeepMessages(true);
                try {
                    external.redirect(page.get()); // an ajax request gets Faces' partial-response redirect
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                faces.responseComplete();
                return;
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The path and query of the page the browser was on, when it is a screen of this application on this host (never
     * another site, never the sign-in form): the redirect is relative, so it cannot leave the site.
     */
    static Optional<String> pageOf(String referer, String host, String contextPath) {
        if (referer == null || host == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (!host.equalsIgnoreCase(uri.getRawAuthority()) || path == null || !path.startsWith(contextPath + "/")
                || path.startsWith(contextPath + "/login.xhtml") || path.startsWith(contextPath + "/error/")
                || path.contains("..") || path.startsWith("//") || path.contains("\\")) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /** Registered in faces-config.xml after PrimeFaces' factory, so that it sees the exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewReload(getWrapped().getExceptionHandler());
        }
    }
}
