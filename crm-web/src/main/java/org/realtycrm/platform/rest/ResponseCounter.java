package org.realtycrm.platform.rest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts every answer of this module (the API, the OpenAPI document, the API docs page, the error answers) by its
 * status class: {@code crm.http.responses{status="2xx|3xx|4xx|5xx"}} (Prometheus
 * {@code crm_http_responses_total}), the measure of the error-rate alert. A request that fails with an exception the
 * server turns into its own error page counts as 5xx. Each request counts once, at the end of its first dispatch.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class ResponseCounter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String RESPONSES = "crm.http.responses";
    static final List<String> CLASSES = List.of("1xx", "2xx", "3xx", "4xx", "5xx");

    @Inject
    transient MetricRegistry metrics;

    private transient Map<String, Counter> counters;

    @Override
    public void init() {
        Metadata metadata = Metadata.builder().withName(RESPONSES).withDescription("HTTP answers of the API module "
                + "by status class (label status: 1xx, 2xx, 3xx, 4xx, 5xx)").build();
        counters = CLASSES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                status -> metrics.counter(metadata, new Tag("status", status))));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            counters.get(statusClass(failed ? 500 : response.getStatus())).inc();
        }
    }

    /** {@code 404} → {@code 4xx}; anything outside 100–599 counts as a server error. */
    static String statusClass(int status) {
        return status >= 100 && status <= 599 ? status / 100 + "xx" : "5xx";
    }
}
