package vn.haugiang.newsroom.cms;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.core.ApplicationModules;

import vn.haugiang.newsroom.testing.ActuatorHealth;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class CmsApiApplicationTests {

    @LocalServerPort
    int port;

    @Test
    void healthIsUpWithEveryServerItNeeds() throws Exception {
        ActuatorHealth.assertUp(port, "db", "storage");
    }

    @Test
    void capabilitiesRespectTheirModuleBoundaries() {
        ApplicationModules.of(CmsApiApplication.class).verify();
    }
}
