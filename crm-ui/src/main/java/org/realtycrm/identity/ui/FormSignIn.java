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
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.identity.entity.Role;

/**
 * The screens sign in with a Faces form ({@link SignIn}) and keep the caller in the HTTP session. A protected page
 * asked for anonymously redirects to the form; after signing in, the caller is sent on to the page they asked for
 * ({@link SignInDestination}).
 * <p>
 * Why not {@code @LoginToContinue}: its way back is to replay the remembered request in place of the one the browser
 * sends after signing in, and on that replayed request Payara's EJB container does not see the caller's roles: every
 * boundary call answered "Client not authorized", so a person who opened a page such as the leads list, was sent to
 * the form and signed in landed on the error page (and the screens' session check signed everyone out who came in by
 * the front door). Here the browser is simply redirected to the page after signing in: an ordinary request that the
 * remembered session authenticates, like every later one.
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
@DeclareRoles({Role.ADMIN_NAME, Role.AGENT_NAME, Role.CLIENT_NAME})
public class FormSignIn implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    AccountIdentityStore accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(accounts.validate(credential));
        }
        // not a sign-in, and no signed-in session (@AutoApplySession answered for those before this method)
        if (context.isProtected()) {
            SignInDestination.remember(request);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
