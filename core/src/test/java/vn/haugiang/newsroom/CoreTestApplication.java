package vn.haugiang.newsroom;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the shared module on its own, the way each app includes it. */
@SpringBootApplication
class CoreTestApplication {
}
