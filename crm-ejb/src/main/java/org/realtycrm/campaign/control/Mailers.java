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
import org.realtycrm.campaign.entity.MailProvider;

/**
 * Makes the application's one {@link Mailer} from the configuration ({@link MailSettings}):
 * {@code crm.mail.provider=outbox} (the default) keeps every message in the outbox and sends nothing;
 * {@code sendgrid} sends through SendGrid from {@code crm.mail.from} with {@code crm.mail.sendgrid.api-key}.
 *
 * <p>Settings that do not make a mailer (no key, no sender, an unknown provider) do not stop the application: they
 * are logged at start, and every message is recorded as failed with the reason (retryable), which is also what the
 * admins' test email answers. Mail waits for the settings; nothing else does.
 */
@ApplicationScoped
public class Mailers {

    private static final Logger LOG = Logger.getLogger(Mailers.class.getName());

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    Mailer mailer() {
        Function<String, Optional<String>> settings = key -> config.getOptionalValue(key, String.class);
        try {
            Mailer mailer = open(settings);
            LOG.info(() -> "mail is handed to " + mailer); // the mailers' toString never shows the key
            return mailer;
        } catch (IllegalArgumentException e) {
            MailProvider provider = configuredProvider(settings).orElseThrow(() -> new IllegalStateException(
                    "mail cannot start: " + e.getMessage())); // a mistyped provider: no mail could ever be recorded
            LOG.severe(() -> "mail is not sent: " + e.getMessage());
            return new UnsendableMailer(provider, e.getMessage());
        }
    }

    /**
     * Makes the mailer at start, so that its settings are logged (or refused) then, not at the first message; the
     * reply address is checked then too (a wrong one holds campaign emails back until it is fixed).
     */
    public void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started, Mailer mailer) {
        LOG.fine(() -> "mail provider " + mailer.provider());
        try {
            MailSettings.replyTo(config.getOptionalValue(MailSettings.REPLY_TO, String.class))
                    .ifPresent(address -> LOG.info(() -> "replies to campaign emails go to " + address));
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> "campaign emails are not sent: " + e.getMessage());
        }
    }

    void close(@Disposes Mailer mailer) {
        mailer.close();
    }

    /**
     * @param config the value of a configuration key, if set
     * @throws IllegalArgumentException when the provider is unknown or its settings are incomplete
     */
    public static Mailer open(Function<String, Optional<String>> config) {
        MailProvider provider = configuredProvider(config).orElseThrow(() -> new IllegalArgumentException(
                MailSettings.PROVIDER + " is " + names() + ", not " + text(config, MailSettings.PROVIDER).orElse("")));
        return switch (provider) {
            case OUTBOX -> new OutboxMailer();
            case SENDGRID -> SendGridMailer.of(sendGridSettings(config));
        };
    }

    static SendGridSettings sendGridSettings(Function<String, Optional<String>> config) {
        SendGridSettings settings = SendGridSettings.of(text(config, MailSettings.SENDGRID_API_KEY).orElse(null),
                text(config, MailSettings.FROM).orElse(null), text(config, MailSettings.FROM_NAME).orElse(null));
        Optional<String> baseUrl = text(config, MailSettings.SENDGRID_BASE_URL);
        if (baseUrl.isEmpty()) {
            return settings;
        }
        try {
            return settings.withBaseUrl(URI.create(baseUrl.get()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MailSettings.SENDGRID_BASE_URL + " is not a URL: " + baseUrl.get());
        }
    }

    /** The provider the configuration names ({@code outbox} when unset); empty for a name we do not know. */
    private static Optional<MailProvider> configuredProvider(Function<String, Optional<String>> config) {
        String name = text(config, MailSettings.PROVIDER).orElse(MailProvider.OUTBOX.setting())
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(MailProvider.values()).filter(provider -> provider.setting().equals(name)).findFirst();
    }

    private static String names() {
        return Arrays.stream(MailProvider.values()).map(MailProvider::setting).collect(Collectors.joining(" or "));
    }

    private static Optional<String> text(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }
}
