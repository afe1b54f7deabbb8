package org.realtycrm.property.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.UnauthenticatedException;
import org.realtycrm.platform.rest.RateLimits;
import org.realtycrm.property.boundary.ResoWebApi;

/**
 * Our listings as a RESO Web API (OData 4.0, read only) at {@code /reso/odata}: the service document, {@code
 * $metadata}, each resource's records with the system query options, one record by key, and {@code /$count}. An
 * integrator signs in with the OAuth2 client-credentials grant at {@code /reso/oauth2/token} and sends the token as
 * a bearer token. The rules (who may read, what is served, what a query means) live in {@link ResoWebApi}; this
 * servlet only reads the URL and writes OData's JSON, since an OData URL ({@code Property('12')}) and OData's error
 * object are not what the JAX-RS API at {@code /api/v1} speaks.
 */
@WebServlet(ResoServlet.PATH + "/*")
public class ResoServlet extends HttpServlet {

    static final String PATH = "/reso/odata";
    private static final Logger LOG = Logger.getLogger(ResoServlet.class.getName());
    /** {@code Property('12')} or {@code Property(ListingKey='12')}: a resource's record by key. */
    private static final Pattern BY_KEY = Pattern.compile("/([A-Za-z]+)\\((?:([A-Za-z]+)=)?'((?:[^']|'')*)'\\)");
    private static final Pattern MAX_PAGE_SIZE = Pattern.compile("(?:^|[,;\\s])odata\\.maxpagesize=(\\d{1,9})\\b");
    private static final Pattern COLLECTION = Pattern.compile("/([A-Za-z]+)(/\\$count)?");

    /**
     * The RESO queries this node runs at once. They share the server's database pool with the screens, timers and
     * jobs; integrators' filters can be slow (text searched in every listing's remarks), so past this many a
     * request is asked to come back rather than left to hold a connection the CRM needs.
     */
    static final int QUERIES_AT_ONCE = 8;

    private final Semaphore queries = new Semaphore(QUERIES_AT_ONCE);

    @Inject
    ResoWebApi api;

    @Inject
    RateLimits limits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("OData-Version", "4.0");
        response.setHeader("Cache-Control", "no-store");
        OptionalLong wait = limits.apiCall(RateLimits.client(request));
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            error(response, 429, "slow down: retry after " + wait.getAsLong() + " seconds", null);
            return;
        }
        if (!queries.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            error(response, 503, "busy: " + QUERIES_AT_ONCE + " queries are running; retry in a second", null);
            return;
        }
        try {
            answer(request, response);
        } catch (InvalidInputException e) {
            FieldError first = e.errors().get(0);
            error(response, 400, first.field() + ": " + first.message(), first.field());
        } catch (RecordNotFoundException e) {
            error(response, 404, e.getMessage(), null);
        } catch (UnauthenticatedException e) {
            unauthenticated(response, e.getMessage());
        } catch (EJBAccessException e) {
            if (request.getUserPrincipal() == null) {
                unauthenticated(response, "send an access token from " + ResoTokenServlet.PATH
                        + " as 'Authorization: Bearer <token>'");
            } else {
                error(response, 403, "only an API client's token may read this service", null);
            }
        } catch (EJBException | IllegalStateException e) {
            LOG.log(Level.SEVERE, "RESO Web API request failed: " + request.getRequestURI(), e);
            error(response, 500, "an unexpected error occurred; it has been logged", null);
        } finally {
            queries.release();
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String root = serviceRoot(request);
        Map<String, String> options = ODataOptions.parse(request.getQueryString());
        if (path.equals("/")) {
            json(response);
            ResoJson.serviceDocument(response.getWriter(), root + "/$metadata", api.entitySets());
            return;
        }
        if (path.equals("/$metadata")) {
            String format = options.get("$format");
            if (format != null && !format.contains("xml")) {
                error(response, 406, "$metadata is served as XML only", "$format");
                return;
            }
            byte[] metadata = api.metadata().getBytes(StandardCharsets.UTF_8); // refused before anything is written
            response.setContentType("application/xml;charset=utf-8");
            response.getOutputStream().write(metadata);
            return;
        }
        Matcher byKey = BY_KEY.matcher(path);
        if (byKey.matches()) {
            entity(response, root, origin(request), byKey, options);
            return;
        }
        Matcher collection = COLLECTION.matcher(path);
        if (!collection.matches()) {
            error(response, 404, "nothing is at " + path + "; the service document at " + PATH
                    + "/ lists the resources", null);
            return;
        }
        String entitySet = collection.group(1);
        if (collection.group(2) != null) {
            long count = api.count(entitySet, options);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write(Long.toString(count));
            return;
        }
        Integer preferred = preferredPageSize(request.getHeader("Prefer"));
        ResoWebApi.Page page = api.collection(entitySet, options, preferred);
        if (preferred != null) {
            response.setHeader("Preference-Applied", "odata.maxpagesize=" + page.pageSize());
        }
        json(response);
        ResoJson.collection(response.getWriter(), root + "/$metadata#" + entitySet + selected(options), page.count(),
                page.rows(), page.more() ? nextLink(request, root + "/" + entitySet, options, page) : null,
                origin(request));
    }

    private void entity(HttpServletResponse response, String root, String origin, Matcher byKey,
            Map<String, String> options) throws IOException {
        String entitySet = byKey.group(1);
        String key = byKey.group(3).replace("''", "'");
        Map<String, Object> record = api.entity(entitySet, byKey.group(2), key, options);
        json(response);
        ResoJson.entity(response.getWriter(), root + "/$metadata#" + entitySet + selected(options) + "/$entity",
                record, origin);
    }

    /**
     * The next page: the same query, after the last record served ($skiptoken, or $skip records further when the
     * order has more than one field), and short of them if $top counted them.
     */
    private static String nextLink(HttpServletRequest request, String resourceUrl, Map<String, String> options,
            ResoWebApi.Page page) {
        Map<String, String> replacements = new HashMap<>();
        if (page.skipToken() != null) {
            replacements.put("$skiptoken", page.skipToken());
            replacements.put("$skip", null); // the token says where the page starts
        } else {
            long skip = options.containsKey("$skip") ? Long.parseLong(options.get("$skip").strip()) : 0;
            replacements.put("$skip", Long.toString(skip + page.rows().size()));
        }
        if (options.containsKey("$top")) {
            replacements.put("$top", Long.toString(Long.parseLong(options.get("$top").strip()) - page.rows().size()));
        }
        return resourceUrl + "?" + ODataOptions.with(options, replacements);
    }

    /** The page size in {@code Prefer: odata.maxpagesize=N} (OData 4.01 §8.2.8.7), or null. */
    static Integer preferredPageSize(String prefer) {
        if (prefer == null) {
            return null;
        }
        Matcher size = MAX_PAGE_SIZE.matcher(prefer);
        return size.find() && Integer.parseInt(size.group(1)) > 0 ? Integer.valueOf(size.group(1)) : null;
    }

    /** The context URL's select list: {@code Property(ListingKey,ListPrice)}. */
    private static String selected(Map<String, String> options) {
        String select = options.get("$select");
        if (select == null || select.isBlank() || select.strip().equals("*")) {
            return "";
        }
        return "(" + select.replace(" ", "") + ")";
    }

    /** Scheme, host and port as the client called us. */
    private static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }

    private static String serviceRoot(HttpServletRequest request) {
        return origin(request) + request.getContextPath() + PATH;
    }

    private static void json(HttpServletResponse response) {
        response.setContentType(ResoJson.CONTENT_TYPE);
    }

    private static void unauthenticated(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"reso\"");
        error(response, 401, message, null);
    }

    private static void error(HttpServletResponse response, int status, String message, String target)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        ResoJson.error(response.getWriter(), status, message, target);
    }

    /**
     * GET and HEAD answer; OPTIONS says so; any other method is 405 (the service is read only). An error the
     * container raised for a {@code /reso} request before this servlet ran (an expired or forged bearer token,
     * refused by the MP-JWT mechanism) is forwarded here by the error page, to be answered in OData's shape too.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        Object containerError = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (containerError instanceof Integer status) {
            response.setHeader("OData-Version", "4.0");
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"reso\", error=\"invalid_token\"");
                error(response, 401, "the bearer token is missing, malformed, expired or not ours: get another from "
                        + ResoTokenServlet.PATH, null);
            } else {
                error(response, status, status == 404 ? "nothing is here" : "the request failed", null);
            }
            return;
        }
        switch (request.getMethod()) {
            case "GET", "HEAD" -> super.service(request, response);
            case "OPTIONS" -> {
                response.setHeader("Allow", "GET, HEAD, OPTIONS");
                response.setStatus(204);
            }
            default -> {
                response.setHeader("OData-Version", "4.0");
                response.setHeader("Allow", "GET, HEAD, OPTIONS");
                error(response, 405, "this service is read only", null);
            }
        }
    }
}
