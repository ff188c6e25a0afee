package vn.haugiang.newsroom.testing;

/**
 * A test needed a real server that is not reachable. An {@link AssertionError}, so JUnit reports a
 * failure, not a skip: a missing server must never look like a passing build.
 */
public final class LocalServerUnavailableError extends AssertionError {

    LocalServerUnavailableError(LocalServer server, Throwable cause) {
        super(server.displayName() + " is not reachable at " + server.address() + ": " + cause
                + "\n  Start the local servers with `./cms services up` (or run the whole suite with `./cms test`),"
                + "\n  or point the tests at your own server with the CMS_* environment variables (see README).",
                cause);
    }
}
