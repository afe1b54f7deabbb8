package org.realtycrm.identity.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the session and the container's sign-in, then shows the sign-in form. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    FacesContext faces;

    public String signOut() throws ServletException {
        ExternalContext context = faces.getExternalContext();
        ((HttpServletRequest) context.getRequest()).logout();
        context.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
