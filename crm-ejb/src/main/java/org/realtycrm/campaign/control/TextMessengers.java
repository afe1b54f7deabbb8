package org.realtycrm.campaign.control;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.realtycrm.campaign.entity.TextProvider;

/**
 * Makes the application's one {@link TextMessenger} from the configuration ({@link SmsSettings}):
 * {@code crm.sms.provider=outbox} (the default) keeps every text in the outbox and sends nothing; {@code twilio}
 * sends through Twilio with {@code crm.sms.twilio.account-sid} and {@code crm.sms.twilio.auth-token}, from
 * {@code crm.sms.from} or through {@code crm.sms.twilio.messaging-service-sid}, and asks for delivery reports when
 * {@code crm.sms.webhook-base-url} is set.
 *
 * <p>Settings that do not make a messenger (no token, no sender, a malformed SID) do not stop the application: they
 * are logged at start, and every text is recorded as failed with the reason (retryable). Texts wait for the settings;
 * nothing else does. An unknown provider does stop it: no text could ever be recorded against it.
 */
@ApplicationScoped
public class TextMessengers {

    private static final Logger LOG = Logger.getLogger(TextMessengers.class.getName());

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    TextMessenger textMessenger() {
        Function<String, Optional<String>> settings = key -> config.getOptionalValue(key, String.class);
        try {
            TextMessenger messenger = open(settings);
            LOG.info(() -> "texts are handed to " + messenger); // the messengers' toString never shows the token
            return messenger;
        } catch (IllegalArgumentException e) {
            TextProvider provider = configuredProvider(settings).orElseThrow(() -> new IllegalStateException(
                    "texting cannot start: " + e.getMessage())); // a mistyped provider
            LOG.severe(() -> "texts are not sent: " + e.getMessage());
            return new UnsendableTextMessenger(provider, e.getMessage());
        }
    }

    /** Makes the messenger at start, so that its settings are logged (or refused) then, not at the first text. */
    public void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started,
            TextMessenger messenger) {
        LOG.fine(() -> "SMS provider " + messenger.provider());
        if (messenger.provider() == TextProvider.TWILIO && config.getOptionalValue(SmsSettings.WEBHOOK_BASE_URL,
                String.class).map(String::strip).filter(url -> !url.isEmpty()).isEmpty()) {
            // texts go out, but no reply, STOP or delivery report can come back in
            LOG.severe(() -> "texts are sent through Twilio, but " + SmsSettings.WEBHOOK_BASE_URL + " is not set: "
                    + "Twilio's webhooks (replies, STOP, delivery reports) are all refused until it is");
        }
    }

    void close(@Disposes TextMessenger messenger) {
        messenger.close();
    }

    /**
     * @param config the value of a configuration key, if set
     * @throws IllegalArgumentException when the provider is unknown or its settings are incomplete
     */
    public static TextMessenger open(Function<String, Optional<String>> config) {
        TextProvider provider = configuredProvider(config).orElseThrow(() -> new IllegalArgumentException(
                SmsSettings.PROVIDER + " is " + names() + ", not " + text(config, SmsSettings.PROVIDER).orElse("")));
        return switch (provider) {
            case OUTBOX -> new OutboxTextMessenger();
            case TWILIO -> TwilioTextMessenger.of(twilioSettings(config));
        };
    }

    static TwilioSettings twilioSettings(Function<String, Optional<String>> config) {
        TwilioSettings settings = TwilioSettings.of(text(config, SmsSettings.TWILIO_ACCOUNT_SID).orElse(null),
                text(config, SmsSettings.TWILIO_AUTH_TOKEN).orElse(null), text(config, SmsSettings.FROM).orElse(null),
                text(config, SmsSettings.TWILIO_MESSAGING_SERVICE_SID).orElse(null));
        Optional<String> baseUrl = text(config, SmsSettings.TWILIO_BASE_URL);
        if (baseUrl.isPresent()) {
            try {
                settings = settings.withBaseUrl(URI.create(baseUrl.get()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(SmsSettings.TWILIO_BASE_URL + " is not a URL: " + baseUrl.get());
            }
        }
        Optional<String> webhooks = text(config, SmsSettings.WEBHOOK_BASE_URL);
        if (webhooks.isPresent()) {
            settings = settings.withStatusCallback(
                    SmsSettings.statusCallbackUrl(SmsSettings.webhookBaseUrl(webhooks.get())));
        }
        return settings;
    }

    /** The provider the configuration names ({@code outbox} when unset); empty for a name we do not know. */
    private static Optional<TextProvider> configuredProvider(Function<String, Optional<String>> config) {
        String name = text(config, SmsSettings.PROVIDER).orElse(TextProvider.OUTBOX.setting())
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(TextProvider.values()).filter(provider -> provider.setting().equals(name)).findFirst();
    }

    private static String names() {
        return Arrays.stream(TextProvider.values()).map(TextProvider::setting).collect(Collectors.joining(" or "));
    }

    private static Optional<String> text(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }
}
