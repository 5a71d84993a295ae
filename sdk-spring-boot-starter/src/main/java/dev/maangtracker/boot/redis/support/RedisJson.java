package dev.maangtracker.boot.redis.support;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for what the starter stores in Redis. Its own, not the application's web mapper, so a
 * customised web format never changes what other instances read; unknown properties are ignored so instances
 * of two app versions can share Redis during a rolling deploy.
 */
public final class RedisJson {

    private RedisJson() {
    }

    /** A new mapper with the storage settings. */
    public static JsonMapper mapper() {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }
}
