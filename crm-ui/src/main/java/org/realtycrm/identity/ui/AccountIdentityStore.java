package org.realtycrm.identity.ui;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.realtycrm.identity.boundary.Authenticator;

/**
 * Checks the form's email and password against the users table through the same boundary as the API's token
 * endpoint. The caller's one group is their role's name, which crm-ear maps to the role of the same name.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential form)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return authenticator.verify(form.getCaller(), form.getPasswordAsString())
                .map(caller -> new CredentialValidationResult(caller.email(), Set.of(caller.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
