package org.realtycrm.portal.boundary;

/**
 * A call from the website's nodes on behalf of a visitor who is not signed in: signed as the website's intake
 * source (the headers of docs/api.md "Inbound leads"), over exactly these body bytes.
 */
public record SignedCall(String keyId, String timestamp, String signature, byte[] body) {

    @Override
    public String toString() {
        return "SignedCall[" + keyId + " at " + timestamp + "]";
    }
}
