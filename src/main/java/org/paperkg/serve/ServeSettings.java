package org.paperkg.serve;

/**
 * How the server runs.
 *
 * @param port          TCP port; 0 picks a free one
 * @param loopback      listen on localhost only (the default)
 * @param timeoutMillis a query running longer than this is stopped
 */
public record ServeSettings(int port, boolean loopback, long timeoutMillis) {
    public ServeSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (timeoutMillis <= 0) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeoutMillis);
        }
    }
}
