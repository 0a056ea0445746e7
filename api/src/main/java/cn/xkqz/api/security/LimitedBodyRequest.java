package cn.xkqz.api.security;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request whose body fails with {@link DataBufferLimitException} (413) when more than {@code max}
 * bytes stream in, whatever Content-Length says or omits (chunked bodies): nothing past {@code max} is
 * passed on or kept, and the failure comes once the body has ended (or {@link #DRAIN_ALLOWANCE} past the
 * limit). A body is read to its end, or its connection closed, before any answer goes out: an answer written over an unread body
 * would leave the rest of the body on a kept-alive connection, in the way of the client's next request.
 */
final class LimitedBodyRequest extends ServerHttpRequestDecorator {

    private enum Body {
        UNREAD,
        READING,
        READ
    }

    /**
     * How far past the limit a body is still read (and dropped) to its end, so that the 413 reaches a
     * client that is still sending and the connection stays usable; a body larger still is cut off and
     * its connection closed, so nobody can make the server read without end.
     */
    static final long DRAIN_ALLOWANCE = 8L * 1024 * 1024;

    /**
     * How long the drain may hold the answer. Reactor Netty sometimes refuses the drain's subscription
     * ("Rejecting additional inbound receiver") and drops that error instead of signalling it, so without
     * a bound the answer never went out and the client waited (seen as 30 s hangs in the API tests after
     * early 401/403/415 answers). Past the bound the answer goes out with {@code Connection: close}.
     */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(2);

    private final long max;
    private final AtomicReference<Body> body = new AtomicReference<>(Body.UNREAD);

    LimitedBodyRequest(ServerHttpRequest request, long max) {
        super(request);
        this.max = max;
    }

    @Override
    public Flux<DataBuffer> getBody() {
        return Flux.defer(() -> {
            body.set(Body.READING);
            AtomicLong read = new AtomicLong();
            return super.getBody()
                    .<DataBuffer>handle((buffer, sink) -> {
                        long total = read.addAndGet(buffer.readableByteCount());
                        if (total <= max) {
                            sink.next(buffer);
                            return;
                        }
                        DataBufferUtils.release(buffer);
                        if (total > max + DRAIN_ALLOWANCE) {
                            sink.error(tooLarge());
                        }
                    })
                    .doOnComplete(() -> body.set(Body.READ))
                    .concatWith(Mono.defer(() -> read.get() > max ? Mono.error(tooLarge()) : Mono.empty()));
        });
    }

    private DataBufferLimitException tooLarge() {
        return new DataBufferLimitException("request body over " + max + " bytes");
    }

    /** Whether the client declared a body at all (a length above zero, or chunked). */
    boolean hasBody() {
        HttpHeaders headers = getHeaders();
        return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Run just before the answer is committed. An unread body within the limit is read and dropped, so
     * the connection stays usable; one that cannot be read to its end (over the limit, or abandoned
     * halfway by a decoder that failed) gets {@code Connection: close} on the answer instead.
     */
    Mono<Void> settle(ServerHttpResponse response) {
        Body state = body.get();
        if (state == Body.READ || (state == Body.UNREAD && !hasBody())) {
            return Mono.empty();
        }
        // A client waiting for "100 Continue" has not sent its body: asking for it only to drop it is waste.
        boolean awaitsContinue = "100-continue".equalsIgnoreCase(getHeaders().getFirst(HttpHeaders.EXPECT));
        if (state == Body.READING || awaitsContinue || getHeaders().getContentLength() > max + DRAIN_ALLOWANCE) {
            return closeAfter(response);
        }
        body.set(Body.READING);
        AtomicLong read = new AtomicLong();
        return super.getBody()
                .<DataBuffer>handle((buffer, sink) -> {
                    long total = read.addAndGet(buffer.readableByteCount());
                    DataBufferUtils.release(buffer);
                    if (total > max + DRAIN_ALLOWANCE) {
                        sink.complete();
                    }
                })
                .then(Mono.defer(() -> read.get() > max + DRAIN_ALLOWANCE ? closeAfter(response) : Mono.<Void>empty()))
                .timeout(DRAIN_TIMEOUT, closeAfter(response))
                .onErrorResume(error -> closeAfter(response));
    }

    private static Mono<Void> closeAfter(ServerHttpResponse response) {
        return Mono.fromRunnable(() -> response.getHeaders().set(HttpHeaders.CONNECTION, "close"));
    }
}
