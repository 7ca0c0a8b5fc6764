package dev.clinic.gateway.proxy;

import java.util.concurrent.TimeoutException;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A service's response body that fails with a {@link TimeoutException} when the service stays
 * silent for the read timeout in the middle of it. Vert.x' request timeout ends when the response
 * headers arrive, so without this a service that sends its headers and then stalls would hold the
 * client until the server's idle timeout. Time only counts while the body flows: while the client
 * is slow to read (the stream is paused for back-pressure) the silence is not the service's.
 * <p>
 * The proxy resets both the service's request and the client's response when its pipe fails, so
 * the client sees a broken answer, the only honest signal once the status line is out.
 */
final class SilenceGuard implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final Vertx vertx;
    private final long timeoutMillis;
    private final Runnable onSilence;
    private Handler<Throwable> exceptionHandler;
    private long timer = -1;
    private boolean flowing;
    private boolean done;

    SilenceGuard(ReadStream<Buffer> source, Vertx vertx, long timeoutMillis, Runnable onSilence) {
        this.source = source;
        this.vertx = vertx;
        this.timeoutMillis = timeoutMillis;
        this.onSilence = onSilence;
    }

    @Override
    public SilenceGuard handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            disarm();
            return this;
        }
        source.handler(chunk -> {
            rearm();
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public SilenceGuard exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(failure -> {
            finish();
            if (handler != null) {
                handler.handle(failure);
            }
        });
        return this;
    }

    @Override
    public SilenceGuard endHandler(Handler<Void> handler) {
        source.endHandler(end -> {
            finish();
            if (handler != null) {
                handler.handle(end);
            }
        });
        return this;
    }

    @Override
    public SilenceGuard pause() {
        flowing = false;
        disarm();
        source.pause();
        return this;
    }

    @Override
    public SilenceGuard resume() {
        flowing = true;
        rearm();
        source.resume();
        return this;
    }

    @Override
    public SilenceGuard fetch(long amount) {
        flowing = true;
        rearm();
        source.fetch(amount);
        return this;
    }

    private void rearm() {
        disarm();
        if (flowing && !done) {
            timer = vertx.setTimer(timeoutMillis, id -> silence());
        }
    }

    private void disarm() {
        if (timer != -1) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    private void finish() {
        done = true;
        disarm();
    }

    private void silence() {
        timer = -1;
        if (done) {
            return;
        }
        done = true;
        onSilence.run();
        if (exceptionHandler != null) {
            exceptionHandler.handle(new TimeoutException(
                    "The service sent nothing for " + timeoutMillis + " ms in the middle of its answer"));
        }
    }
}
