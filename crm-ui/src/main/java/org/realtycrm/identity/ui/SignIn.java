package org.realtycrm.identity.ui;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import org.realtycrm.identity.control.SignInAttempts;

/** The sign-in form. Attempts count against the same allowance as the API's token endpoint. */
@Named
@RequestScoped
public class SignIn {

    static final String FAILED = "The email or password is wrong, or the account is deactivated.";

    @Inject
    SecurityContext security;

    @Inject
    SignInAttempts attempts;

    @Inject
    FacesContext faces;

    @NotBlank(message = "Enter your email")
    private String email;

    @NotBlank(message = "Enter your password")
    private String password;

    public String signIn() throws IOException {
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        OptionalLong wait = attempts.attempt(email, request.getRemoteAddr());
        if (wait.isPresent()) {
            error("Too many sign-in attempts. Try again in " + wait.getAsLong() + " seconds.");
            return null;
        }
        // a new session id at the moment of signing in, so that an id planted before it is worth nothing
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) context.getResponse(),
                AuthenticationParameters.withParams().credential(
                        new UsernamePasswordCredential(email, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            error(FAILED);
            return null;
        }
        // on to the page the person asked for before being sent here (an ordinary request, see FormSignIn)
        Optional<String> destination = SignInDestination.takeFrom(request);
        if (destination.isPresent()) {
            context.redirect(destination.get());
            faces.responseComplete();
            return null;
        }
        return "/index.xhtml?faces-redirect=true";
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
