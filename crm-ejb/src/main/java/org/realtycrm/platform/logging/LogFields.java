package org.realtycrm.platform.logging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Installs {@link LogFieldsHandler} while the application is deployed: from before the web modules take their first
 * request until the application stops (then the server's log goes on without the fields).
 */
@Startup
@Singleton
public class LogFields {

    private LogFieldsHandler handler;

    @PostConstruct
    void install() {
        handler = LogFieldsHandler.installFirst();
    }

    @PreDestroy
    void uninstall() {
        LogFieldsHandler.uninstall(handler);
    }
}
