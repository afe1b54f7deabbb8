package org.realtycrm.identity.ui;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.identity.entity.Role;

/**
 * The screens sign in with a Faces form ({@link SignIn}) and keep the caller in the HTTP session. A protected page
 * asked for anonymously redirects to the form; after signing in, the caller lands on the page they asked for.
 * <p>
 * Why a class and not {@code @CustomFormAuthenticationMechanismDefinition}: in an EAR, the mechanism that annotation
 * produces and crm-web's MP-JWT mechanism are both visible to every module, and Soteria refuses the ambiguous pair.
 * This class lives only in crm-ui, and as an enabled alternative it wins over MP-JWT here, while crm-web, which
 * cannot see it, keeps MP-JWT alone (docs/adr/0006).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({Role.ADMIN_NAME, Role.AGENT_NAME, Role.CLIENT_NAME})
public class FormSignIn implements HttpAuthenticationMechanism {

    @Inject
    AccountIdentityStore accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            // not a sign-in: the remembered session or the redirect to the form take over
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(accounts.validate(credential));
    }
}
