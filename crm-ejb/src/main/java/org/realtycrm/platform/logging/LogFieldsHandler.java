package org.realtycrm.platform.logging;

import java.util.Arrays;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Adds the thread's {@link LogContext} to every log event, the server's as well as ours, as one more parameter: a
 * map, which Payara's {@code JSONLogFormatter} writes as top-level fields ({@code "RequestId"}, {@code "User"}) next
 * to its own. It must see each event before the server's file handler does, because that handler only queues the
 * event and formats it later on a thread of its own, where this thread's context is gone: so it is installed as the
 * root logger's first handler. It writes nothing itself.
 * <p>
 * A message formatted with {@code {0}}-style parameters keeps them: the map is appended after them, and no message
 * names it. (A message that holds {@code "{0"} but had no parameters is now formatted as a pattern, as if it had.)
 */
public final class LogFieldsHandler extends Handler {

    private static final Logger ROOT = Logger.getLogger("");

    public LogFieldsHandler() {
        setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord event) {
        Map<String, String> fields = LogContext.fields();
        if (fields.isEmpty() || event == null) {
            return;
        }
        Object[] parameters = event.getParameters();
        if (parameters == null) {
            event.setParameters(new Object[] {fields});
        } else if (!Arrays.asList(parameters).contains(fields)) {
            Object[] more = Arrays.copyOf(parameters, parameters.length + 1);
            more[parameters.length] = fields;
            event.setParameters(more);
        }
    }

    @Override
    public void flush() {
        // writes nothing
    }

    @Override
    public void close() {
        // holds nothing
    }

    /**
     * Puts this handler before the root logger's others. Handlers run in the order they were added and
     * {@link Logger#addHandler} appends, so the others are moved behind it one by one (an event logged in the instant
     * one of them is moved may miss that one; this happens once per deployment).
     */
    public static synchronized LogFieldsHandler installFirst() {
        LogFieldsHandler handler = new LogFieldsHandler();
        Handler[] others = ROOT.getHandlers();
        ROOT.addHandler(handler);
        for (Handler other : others) {
            ROOT.removeHandler(other);
            ROOT.addHandler(other);
        }
        return handler;
    }

    /** Removes it again when the application stops: the server must not keep a class of an undeployed application. */
    public static synchronized void uninstall(LogFieldsHandler handler) {
        ROOT.removeHandler(handler);
    }
}
