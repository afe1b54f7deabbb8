package org.realtycrm.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.identity.boundary.ScreenSignIns;

/** Ends the sign-in's ticket, the session and the container's sign-in, then shows the sign-in form. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext faces;

    @Inject
    ScreenSignIns signIns;

    public String signOut() throws ServletException {
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        // the session's ticket ends, and with it every session it opened on any node; the browser's too if another
        SignInCookie.ofSession(request).ifPresent(signIns::end);
        SignInCookie.of(request).ifPresent(signIns::end);
        SignInCookie.clear(request, (HttpServletResponse) context.getResponse());
        request.logout();
        context.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
