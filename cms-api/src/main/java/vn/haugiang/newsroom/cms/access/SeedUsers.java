package vn.haugiang.newsroom.cms.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the configured local users that do not exist yet (local profile; the list is empty in prod). */
@Component
class SeedUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedUsers.class);

    private final UserAccounts accounts;
    private final AccessProperties properties;

    SeedUsers(UserAccounts accounts, AccessProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (var seed : properties.seeds()) {
            if (accounts.findByUsername(seed.username()).isEmpty()) {
                accounts.create(seed.username(), seed.displayName(), seed.password(), seed.role(), seed.unit());
                log.info("Created local user {} ({}, {})", seed.username(), seed.role(), seed.unit());
            }
        }
    }
}
