package org.realtycrm.campaign.control;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.platform.problem.AccessDeniedException;

import com.twilio.security.RequestValidator;

/**
 * Checks that a webhook request came from Twilio: {@code X-Twilio-Signature} must be the Base64 HMAC-SHA1, under the
 * account's auth token, of the public URL Twilio was given ({@link SmsSettings#WEBHOOK_BASE_URL} and the request's
 * path and query) followed by every POST parameter's name and value, sorted by name. Checked with the Twilio SDK's
 * own {@link RequestValidator}. Without an auth token or a webhook base URL configured, no request passes: nothing
 * could tell Twilio's from a forger's.
 */
@ApplicationScoped
public class TwilioSignatures {

    @Inject
    Config config;

    /**
     * @param pathAndQuery the request's path from the host on ({@code /api/v1/webhooks/twilio/messages}), with its
     *                     query if it had one
     * @throws AccessDeniedException when the signature is missing or does not match, or webhooks are not configured
     */
    public void verify(String pathAndQuery, Map<String, String> parameters, String signature) {
        Function<String, Optional<String>> setting = key -> config.getOptionalValue(key, String.class)
                .map(String::strip).filter(value -> !value.isEmpty());
        Optional<String> token = setting.apply(SmsSettings.TWILIO_AUTH_TOKEN);
        Optional<String> base = setting.apply(SmsSettings.WEBHOOK_BASE_URL);
        if (token.isEmpty() || base.isEmpty()) {
            throw new AccessDeniedException("Twilio's webhooks are not set up here: " + SmsSettings.TWILIO_AUTH_TOKEN
                    + " and " + SmsSettings.WEBHOOK_BASE_URL + " are needed to check their signatures");
        }
        if (signature == null || signature.isBlank()) {
            throw new AccessDeniedException("a Twilio webhook is signed (X-Twilio-Signature)");
        }
        URI url = URI.create(SmsSettings.webhookBaseUrl(base.get()) + pathAndQuery);
        if (!new RequestValidator(token.get()).validate(url.toString(), parameters, signature.strip())) {
            throw new AccessDeniedException("the X-Twilio-Signature does not match this request");
        }
    }
}
