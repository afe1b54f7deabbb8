package org.realtycrm.it.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio calling the product's webhooks, as Twilio's security documentation describes it: a form-encoded POST whose
 * {@code X-Twilio-Signature} is Base64(HMAC-SHA1(auth token, the full URL Twilio was given, followed by each POST
 * parameter's name and value, sorted by name)). Written from that description, not with the Twilio SDK (nor the
 * server's code).
 *
 * <p>Twilio signs the public URL it was given ({@link #PUBLIC_BASE_URL}, the IT profile's
 * {@code %it.crm.sms.webhook-base-url}, plus the path), while the request reaches the server under test at its own
 * address ({@code it.base-url}): as it would behind a reverse proxy, the server must check the signature against its
 * configured public URL, not the one it sees.
 */
public final class TwilioWebhook {

    /** The public base URL the server under test tells Twilio, and signs and checks webhooks with. */
    public static final String PUBLIC_BASE_URL = "https://crm.it.realtycrm.example";
    /** Twilio posts the texts the product's numbers receive here. */
    public static final String INBOUND_MESSAGES = "/api/v1/webhooks/twilio/messages";
    /** Twilio posts each text's status changes here. */
    public static final String STATUS_CALLBACK = "/api/v1/webhooks/twilio/status";
    public static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    private static final String FORM = "application/x-www-form-urlencoded";

    private final String serverBaseUrl;
    private final String authToken;

    private TwilioWebhook(String serverBaseUrl, String authToken) {
        this.serverBaseUrl = serverBaseUrl;
        this.authToken = authToken;
    }

    /** Twilio of the IT profile's account, calling the server under test. */
    public static TwilioWebhook toServer() {
        return to(ItProperties.baseUrl());
    }

    /** Twilio of the IT profile's account, calling the server at this address (a node of its own, say). */
    public static TwilioWebhook to(String serverBaseUrl) {
        return new TwilioWebhook(serverBaseUrl, FakeTwilio.AUTH_TOKEN);
    }

    /** The same, signing with another auth token (another account's, or a rotated one). */
    public TwilioWebhook signingWith(String otherAuthToken) {
        return new TwilioWebhook(serverBaseUrl, otherAuthToken);
    }

    /** A new message SID: {@code SM} and 32 hexadecimal digits. */
    public static String newMessageSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A text to one of the product's numbers ({@code to}), as Twilio posts it to the inbound webhook. */
    public Response inboundMessage(String from, String to, String body) {
        return post(INBOUND_MESSAGES, inboundParameters(newMessageSid(), from, to, body));
    }

    /** The parameters Twilio posts for an incoming SMS (no media), in its order. */
    public static Map<String, String> inboundParameters(String messageSid, String from, String to, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ToCountry", "US");
        params.put("ToState", "TX");
        params.put("SmsMessageSid", messageSid);
        params.put("NumMedia", "0");
        params.put("ToCity", "AUSTIN");
        params.put("FromZip", "");
        params.put("SmsSid", messageSid);
        params.put("FromState", "");
        params.put("SmsStatus", "received");
        params.put("FromCity", "");
        params.put("Body", body);
        params.put("FromCountry", "US");
        params.put("To", to);
        params.put("ToZip", "");
        params.put("NumSegments", "1");
        params.put("MessageSid", messageSid);
        params.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        params.put("From", from);
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    /** A status change of a text the server sent (the SID its fake Twilio answered), without an error. */
    public Response statusCallback(String messageSid, String status) {
        return statusCallback(messageSid, status, null);
    }

    /**
     * A status change of a text the server sent.
     *
     * @param status {@code queued}, {@code sent}, {@code delivered}, {@code undelivered}, {@code failed}, …
     * @param errorCode Twilio's error code of an undelivered or failed text ({@code 30003}: unreachable handset,
     *        {@code 30007}: carrier filtering, …); null for none
     */
    public Response statusCallback(String messageSid, String status, String errorCode) {
        return post(STATUS_CALLBACK, statusParameters(messageSid, status, errorCode));
    }

    /** The same, for a text the fake Twilio accepted: with its numbers (or Messaging Service), as Twilio sends. */
    public Response statusCallback(FakeTwilio.Message text, String status, String errorCode) {
        Map<String, String> params = statusParameters(text.sid(), status, errorCode);
        params.put("To", text.to());
        if (text.from() != null) {
            params.put("From", text.from());
        }
        if (text.messagingServiceSid() != null) {
            params.put("MessagingServiceSid", text.messagingServiceSid());
        }
        // to the URL the text named, as Twilio does (with its query, which names the text's record)
        String callback = text.statusCallback() == null || !text.statusCallback().startsWith(PUBLIC_BASE_URL)
                ? STATUS_CALLBACK : text.statusCallback().substring(PUBLIC_BASE_URL.length());
        return post(callback, params);
    }

    /** The parameters Twilio posts to a text's status callback. */
    public static Map<String, String> statusParameters(String messageSid, String status, String errorCode) {
        Map<String, String> params = new LinkedHashMap<>();
        if (errorCode != null) {
            params.put("ErrorCode", errorCode);
        }
        params.put("SmsSid", messageSid);
        params.put("SmsStatus", status);
        params.put("MessageStatus", status);
        params.put("MessageSid", messageSid);
        params.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    /** Posts the parameters to the path, signed as Twilio signs them (over the public URL). */
    public Response post(String path, Map<String, String> params) {
        return post(path, params, signature(authToken, PUBLIC_BASE_URL + path, params));
    }

    /** Posts the parameters signed with a token that is not the account's: a well-formed, wrong signature. */
    public Response postWithWrongSignature(String path, Map<String, String> params) {
        return post(path, params, signature("not-" + authToken, PUBLIC_BASE_URL + path, params));
    }

    /** Posts the parameters without an {@code X-Twilio-Signature} header. */
    public Response postUnsigned(String path, Map<String, String> params) {
        return post(path, params, null);
    }

    /** Posts the parameters with this signature header verbatim (null: none). */
    public Response post(String path, Map<String, String> params, String signature) {
        Api api = Api.anonymous().at(serverBaseUrl)
                .withHeader("User-Agent", "TwilioProxy/1.1")
                .withHeader("I-Twilio-Idempotency-Token", UUID.randomUUID().toString());
        if (signature != null) {
            api = api.withHeader(SIGNATURE_HEADER, signature);
        }
        return api.send("POST", path, FORM, form(params));
    }

    /** application/x-www-form-urlencoded, UTF-8, in the parameters' order. */
    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(param -> URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * {@code X-Twilio-Signature}: Base64 of the HMAC-SHA1, keyed with the auth token, of the full URL (with its
     * query, if any) followed by each POST parameter's name and value, sorted by name, all in UTF-8.
     */
    public static String signature(String authToken, String url, Map<String, String> params) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString()
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
