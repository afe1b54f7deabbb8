package org.realtycrm.mls.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the worked examples of RFC 2617 §3.5 and RFC 7616 §3.9.1. */
class DigestAuthenticationTest {

    @Test
    void the_rfc_2617_example() {
        DigestAuthentication.Challenge challenge = DigestAuthentication.challenge(List.of(
                "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                        + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"")).orElseThrow();

        String header = new DigestAuthentication("Mufasa", "Circle Of Life")
                .authorization(challenge, "GET", "/dir/index.html", 1, "0a4f113b");

        Map<String, String> fields = DigestAuthentication.parameters(header.substring("Digest ".length()));
        assertThat(fields).containsEntry("response", "6629fae49393a05397450978507c4ef1")
                .containsEntry("username", "Mufasa").containsEntry("realm", "testrealm@host.com")
                .containsEntry("nonce", "dcd98b7102dd2f0e8b11d0f600bfb0c093").containsEntry("uri", "/dir/index.html")
                .containsEntry("qop", "auth").containsEntry("nc", "00000001").containsEntry("cnonce", "0a4f113b")
                .containsEntry("opaque", "5ccc069c403ebaf9f0171e9517f40e41");
    }

    @Test
    void the_rfc_7616_examples_with_md5_and_sha_256() {
        String parameters = "realm=\"http-auth@example.org\", qop=\"auth, auth-int\", "
                + "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
        String cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        DigestAuthentication mufasa = new DigestAuthentication("Mufasa", "Circle of Life");

        String md5 = mufasa.authorization(DigestAuthentication.challenge(List.of("Digest " + parameters + ", algorithm=MD5"))
                .orElseThrow(), "GET", "/dir/index.html", 1, cnonce);
        String sha256 = mufasa.authorization(DigestAuthentication.challenge(List.of("Digest " + parameters + ", algorithm=SHA-256"))
                .orElseThrow(), "GET", "/dir/index.html", 1, cnonce);

        assertThat(DigestAuthentication.parameters(md5.substring(7))).containsEntry("response", "8ca523f5e9506fed4657c9700eebdbec");
        assertThat(DigestAuthentication.parameters(sha256.substring(7)))
                .containsEntry("response", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")
                .containsEntry("algorithm", "SHA-256");
    }

    @Test
    void the_digest_challenge_is_found_among_others_and_read_with_quoted_commas() {
        Optional<DigestAuthentication.Challenge> challenge = DigestAuthentication.challenge(List.of(
                "Basic realm=\"other\"", "Digest realm=\"a, \\\"quoted\\\" realm\", nonce=n1, stale=TRUE"));

        assertThat(challenge).hasValueSatisfying(c -> {
            assertThat(c.realm()).isEqualTo("a, \"quoted\" realm");
            assertThat(c.nonce()).isEqualTo("n1");
            assertThat(c.algorithm()).isEqualTo("MD5");
            assertThat(c.qop()).isEmpty();
            assertThat(c.opaque()).isEmpty();
            assertThat(c.stale()).isTrue();
        });
        assertThat(DigestAuthentication.challenge(List.of("Basic realm=\"x\""))).isEmpty();
    }

    @Test
    void without_qop_the_response_is_the_rfc_2069_one() {
        DigestAuthentication.Challenge challenge = DigestAuthentication.challenge(List.of(
                "Digest realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\"")).orElseThrow();

        String header = new DigestAuthentication("Mufasa", "Circle Of Life").authorization(challenge, "GET", "/dir/index.html", 1, "c");

        String ha1 = RetsServer.md5("Mufasa:testrealm@host.com:Circle Of Life");
        String ha2 = RetsServer.md5("GET:/dir/index.html");
        assertThat(DigestAuthentication.parameters(header.substring(7)))
                .containsEntry("response", RetsServer.md5(ha1 + ":dcd98b7102dd2f0e8b11d0f600bfb0c093:" + ha2))
                .doesNotContainKeys("qop", "nc", "cnonce");
    }

    @Test
    void each_request_under_one_challenge_counts_up_with_a_fresh_cnonce_and_a_new_challenge_starts_again() {
        String[] cnonces = {"c1", "c2", "c3"};
        int[] next = {0};
        DigestAuthentication digest = new DigestAuthentication("u", "p", () -> cnonces[next[0]++]);
        DigestAuthentication.Challenge challenge = DigestAuthentication.challenge(List.of("Digest realm=r, nonce=n, qop=auth")).orElseThrow();

        digest.challenged(challenge);
        String first = digest.authorization("GET", "/a");
        String second = digest.authorization("GET", "/b");
        digest.challenged(challenge);
        String third = digest.authorization("GET", "/c");

        assertThat(DigestAuthentication.parameters(first.substring(7))).containsEntry("nc", "00000001").containsEntry("cnonce", "c1");
        assertThat(DigestAuthentication.parameters(second.substring(7))).containsEntry("nc", "00000002").containsEntry("cnonce", "c2");
        assertThat(DigestAuthentication.parameters(third.substring(7))).containsEntry("nc", "00000001").containsEntry("cnonce", "c3");
    }

    @Test
    void unsupported_challenges_are_refused_and_the_password_is_never_shown() {
        assertThatThrownBy(() -> DigestAuthentication.challenge(List.of("Digest realm=r, nonce=n, algorithm=SHA-512-256")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-512-256");
        assertThatThrownBy(() -> DigestAuthentication.challenge(List.of("Digest realm=r, nonce=n, qop=\"auth-int\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auth-int");
        assertThatThrownBy(() -> DigestAuthentication.challenge(List.of("Digest realm=r")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonce");
        assertThatThrownBy(() -> new DigestAuthentication("u", "pw").authorization("GET", "/"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new DigestAuthentication("u", "the-password").toString()).doesNotContain("the-password");
    }
}
