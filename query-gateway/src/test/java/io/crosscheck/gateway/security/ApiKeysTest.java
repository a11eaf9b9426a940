package io.crosscheck.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysTest {
    private static final String KEY = "cc_live_5Jx1aQe0pNwYt7Rb";
    private static final String OTHER_KEY = "cc_live_second-key";

    @Test
    void withoutConfiguredHashesEveryRequestPasses() {
        assertThat(ApiKeys.of(List.of()).required()).isFalse();
        assertThat(ApiKeys.of(List.of()).permits(null, null)).isTrue();
        assertThat(ApiKeys.none().permits("Bearer whatever", "x")).isTrue();
        assertThat(ApiKeys.of(List.of(" ", "")).required()).as("blank entries are no keys").isFalse();
    }

    @Test
    void aConfiguredKeyPassesAsBearerTokenOrApiKeyHeader() {
        ApiKeys keys = ApiKeys.of(List.of(ApiKeys.hashOf(OTHER_KEY), ApiKeys.hashOf(KEY).toUpperCase()));

        assertThat(keys.required()).isTrue();
        assertThat(keys.permits("Bearer " + KEY, null)).isTrue();
        assertThat(keys.permits("bearer " + KEY, null)).as("the scheme is case-insensitive").isTrue();
        assertThat(keys.permits(null, KEY)).isTrue();
        assertThat(keys.permits(null, OTHER_KEY)).isTrue();
        assertThat(keys.permits(null, " " + KEY + " ")).isTrue();
    }

    @Test
    void aMissingWrongOrMalformedKeyIsRefused() {
        ApiKeys keys = ApiKeys.of(List.of(ApiKeys.hashOf(KEY)));

        assertThat(keys.permits(null, null)).isFalse();
        assertThat(keys.permits("", "")).isFalse();
        assertThat(keys.permits("Bearer ", null)).isFalse();
        assertThat(keys.permits("Basic " + KEY, null)).as("only the Bearer scheme").isFalse();
        assertThat(keys.permits(KEY, null)).as("a bare Authorization value is no Bearer token").isFalse();
        assertThat(keys.permits("Bearer " + KEY + "x", null)).isFalse();
        assertThat(keys.permits(null, KEY.substring(1))).isFalse();
        assertThat(keys.permits(null, ApiKeys.hashOf(KEY))).as("the hash itself is not a key").isFalse();
        assertThat(keys.permits(null, "x".repeat(ApiKeys.MAX_KEY_CHARS + 1))).isFalse();
        assertThat(keys.permits("Bearer " + KEY, "wrong")).as("X-API-Key, when sent, is the key that counts").isFalse();
    }

    @Test
    void aConfiguredValueThatIsNoDigestFailsWithoutEchoingIt() {
        assertThatThrownBy(() -> ApiKeys.of(List.of(ApiKeys.hashOf(KEY), KEY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 2").hasMessageContaining("SHA-256").hasMessageNotContaining(KEY);
        assertThatThrownBy(() -> ApiKeys.of(List.of(ApiKeys.hashOf(KEY).substring(2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHashIsTheHexSha256OfTheKeysUtf8Bytes() {
        // printf %s abc | sha256sum
        assertThat(ApiKeys.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
