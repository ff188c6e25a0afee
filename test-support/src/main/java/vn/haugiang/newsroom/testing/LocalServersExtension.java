package vn.haugiang.newsroom.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Probes the servers named by {@link RequiresLocalServers} once per test run and fails the test
 * class with instructions when one is missing. A server found up is not probed again.
 */
final class LocalServersExtension implements BeforeAllCallback {

    private static final Map<LocalServer, Boolean> UP = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        var required = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RequiresLocalServers.class)
                .map(RequiresLocalServers::value)
                .orElse(new LocalServer[0]);
        LocalServer.requireDriver();
        for (LocalServer server : required) {
            if (!UP.containsKey(server)) {
                check(server);
                UP.put(server, Boolean.TRUE);
            }
        }
    }

    static void check(LocalServer server) {
        try {
            server.probe();
        } catch (Exception e) {
            throw new LocalServerUnavailableError(server, e);
        }
    }
}
