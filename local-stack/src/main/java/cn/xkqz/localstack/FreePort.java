package cn.xkqz.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on 127.0.0.1: a free one when none is configured, a clear error when the configured one is taken. */
final class FreePort {

    private FreePort() {}

    static int resolve(int configured, String service) {
        if (configured == 0) {
            return pick();
        }
        try (ServerSocket probe = new ServerSocket(configured, 1, InetAddress.getLoopbackAddress())) {
            return configured;
        } catch (IOException e) {
            throw new LocalStackException(
                    service + " cannot start: port " + configured + " on 127.0.0.1 is already in use"
                            + " (set its xkqz.local-stack.*.port to 0 to pick a free port)",
                    null);
        }
    }

    private static int pick() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}
