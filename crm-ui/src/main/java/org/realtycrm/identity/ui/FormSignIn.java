package org.realtycrm.identity.ui;

import java.util.Optional;
import java.util.Set;

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
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.identity.boundary.ScreenSignIns;
import org.realtycrm.identity.boundary.SignedInCaller;
import org.realtycrm.identity.entity.Role;

/**
 * The screens sign in with a Faces form ({@link SignIn}) and keep the caller in the HTTP session. A protected page
 * asked for anonymously redirects to the form; after signing in, the caller is sent on to the page they asked for
 * ({@link SignInDestination}).
 * <p>
 * A sign-in is also remembered in the database, with a ticket in the browser ({@link SignInCookie}): a node that holds
 * no session for a request (its node went down, nginx sent it to another) signs the same person in from the ticket,
 * as long as the ticket is good ({@link ScreenSignIns}). No password is asked again, and no session is replicated.
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

    @Inject
    ScreenSignIns signIns;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = accounts.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                SignInCookie.of(request).ifPresent(signIns::end); // an earlier sign-in in this browser
                SignInCookie.set(request, response, signIns.open(result.getCallerPrincipal().getName()));
            }
            return context.notifyContainerAboutLogin(result);
        }
        // not a sign-in, and no signed-in session (@AutoApplySession answered for those before this method): the
        // session may have been on a node that went down, and the browser's ticket continues it here
        Optional<String> ticket = SignInCookie.of(request);
        if (ticket.isPresent()) {
            Optional<SignedInCaller> caller = signIns.resume(ticket.get());
            if (caller.isPresent()) {
                if (request.getSession(false) != null) {
                    request.changeSessionId(); // as SignIn does: a session id planted in the browser is worth nothing
                }
                request.getSession(true).setAttribute(SignInCookie.SESSION_TICKET, ticket.get());
                return context.notifyContainerAboutLogin(caller.get().email(), Set.of(caller.get().role().name()));
            }
            SignInCookie.clear(request, response);
        }
        if (context.isProtected()) {
            SignInDestination.remember(request);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
