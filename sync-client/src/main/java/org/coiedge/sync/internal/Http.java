package org.coiedge.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.coiedge.sync.CentralConfig;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.CentralException.Failure;

/**
 * One OkHttp client for one central system: timeouts, TLS, the bearer token, and the mapping of
 * every answer to JSON or a {@link CentralException}. Thread-safe; calls block the caller.
 */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final int GZIP_ABOVE = 1024;
    /** Threads for asynchronous uploads: daemons, so a closed kiosk or command never waits for an idle one. */
    private static final ExecutorService DISPATCH = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "coi-edge-sync-http");
                t.setDaemon(true);
                return t;
            });

    /** A successful (2xx or 304) answer. */
    public record Answer(int status, JsonNode body, Optional<String> etag, Optional<Instant> date) {
    }

    private final OkHttpClient client;
    private final HttpUrl base;
    private final String where;
    private final String trust;
    private final Clock clock;
    private volatile String token;

    public Http(CentralConfig config, Clock clock) {
        this.base = HttpUrl.parse(config.baseUrl());
        if (base == null) {
            throw new IllegalArgumentException("not a valid central address: " + config.baseUrl());
        }
        this.clock = clock;
        this.where = config.baseUrl();
        this.trust = config.tls().caCertificates().map(p -> "a CA in " + p).orElse("a CA this Java runtime trusts");
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(DISPATCH))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout());
        Tls.apply(b, base, config.tls());
        this.client = b.build();
    }

    public void bearer(String t) {
        this.token = t;
    }

    public String where() {
        return where;
    }

    public HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder u = base.newBuilder().addPathSegment("v1");
        for (String s : segments) {
            u.addPathSegment(s);
        }
        return u;
    }

    public Answer get(HttpUrl url, String ifNoneMatch, String action) throws CentralException {
        Request.Builder r = new Request.Builder().url(url).get();
        if (ifNoneMatch != null) {
            r.header("If-None-Match", ifNoneMatch);
        }
        return execute(r, action);
    }

    /** Posts JSON, gzip-compressed when it is larger than 1 KiB. */
    public Answer post(HttpUrl url, byte[] json, String action) throws CentralException {
        return execute(postRequest(url, json), action);
    }

    private static Request.Builder postRequest(HttpUrl url, byte[] json) {
        Request.Builder r = new Request.Builder().url(url);
        if (json.length > GZIP_ABOVE) {
            r.header("Content-Encoding", "gzip").post(RequestBody.create(gzip(json), JSON_TYPE));
        } else {
            r.post(RequestBody.create(json, JSON_TYPE));
        }
        return r;
    }

    /**
     * Posts like {@link #post} without blocking: the answer arrives on OkHttp's dispatcher thread
     * and completes the future (exceptionally with a {@link CentralException}).
     */
    public CompletableFuture<Answer> postAsync(HttpUrl url, byte[] json, String action) {
        Request.Builder r = postRequest(url, json);
        CompletableFuture<Answer> f = new CompletableFuture<>();
        client.newCall(authorized(r).build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                f.completeExceptionally(Failures.of(e, where, action, trust));
            }

            @Override
            public void onResponse(Call call, Response resp) {
                try (resp) {
                    f.complete(answer(resp, action));
                } catch (CentralException e) {
                    f.completeExceptionally(e);
                } catch (IOException e) {
                    f.completeExceptionally(Failures.of(e, where, action, trust));
                }
            }
        });
        return f;
    }

    private Request.Builder authorized(Request.Builder r) {
        String t = token;
        if (t != null) {
            r.header("Authorization", "Bearer " + t);
        }
        return r;
    }

    private Answer execute(Request.Builder r, String action) throws CentralException {
        try (Response resp = client.newCall(authorized(r).build()).execute()) {
            return answer(resp, action);
        } catch (IOException e) {
            throw Failures.of(e, where, action, trust);
        }
    }

    private Answer answer(Response resp, String action) throws CentralException, IOException {
        Optional<Instant> date = Optional.ofNullable(resp.headers().getDate("Date")).map(Date::toInstant);
        ResponseBody body = resp.body();
        String text = body == null ? "" : body.string();
        if (resp.code() == 304) {
            return new Answer(304, null, Optional.ofNullable(resp.header("ETag")), date);
        }
        if (resp.isSuccessful()) {
            return new Answer(resp.code(), parse(text, action), Optional.ofNullable(resp.header("ETag")), date);
        }
        throw problem(resp, text, action, date);
    }

    private JsonNode parse(String text, String action) throws CentralException {
        try {
            return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException e) {
            throw new CentralException(Failure.PROTOCOL, "Central system at " + where + " sent an unreadable answer ("
                    + action + "): " + e.getMessage() + ". Report it to the central system's operators.", e);
        }
    }

    private CentralException problem(Response resp, String text, String action, Optional<Instant> date) {
        int status = resp.code();
        String detail = null;
        String code = null;
        try {
            JsonNode p = JSON.readTree(text);
            detail = p.path("detail").asText(null);
            code = p.path("code").asText(null);
        } catch (IOException | RuntimeException notJson) {
            // no problem document: the status alone says it
        }
        String said = detail != null ? ": " + detail : "";
        Duration retryAfter = RetryAfter.parse(resp.header("Retry-After"), date.orElse(clock.instant()));
        if (status == 401 || status == 403) {
            return new CentralException(Failure.AUTH_FAILED, "Central system at " + where + " refused this device's"
                    + " credentials (" + status + said + "). Sync has stopped: the site administrator must enrol"
                    + " the device again.", null, status, code, null);
        }
        if (status == 429 || status == 503) {
            return new CentralException(Failure.THROTTLED, "Central system at " + where + " is busy (" + status + said
                    + "); sync waits " + (retryAfter == null ? "a while" : retryAfter.toSeconds() + " s")
                    + " as it asked and tries again.", null, status, code, retryAfter);
        }
        if (status >= 500) {
            return new CentralException(Failure.SERVER_ERROR, "Central system at " + where + " failed (" + status
                    + said + ", " + action + "). Sync will try again; if it persists, tell the central system's"
                    + " operators.", null, status, code, retryAfter);
        }
        return new CentralException(Failure.REFUSED, "Central system at " + where + " refused " + action + " ("
                + status + said + ").", null, status, code, null);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
