package vn.haugiang.newsroom.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to real local servers. Before any of its tests run, each named
 * server is probed; when one cannot be reached the tests <em>fail</em> (never skip) with a message
 * that names the server, its address and how to start it ({@code ./cms services up}).
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalServersExtension.class)
public @interface RequiresLocalServers {

    /** The servers the tests need. */
    LocalServer[] value();
}
