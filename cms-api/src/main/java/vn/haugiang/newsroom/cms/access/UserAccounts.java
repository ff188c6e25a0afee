package vn.haugiang.newsroom.cms.access;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.haugiang.newsroom.text.VietnameseText;

/**
 * The local user store (table {@code app_user}), passwords hashed with BCrypt. A username is
 * unique (the database says so, not a look-up first).
 */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Creates a user and returns it; fails with DuplicateKeyException when the username is taken. */
    @Transactional
    public UserAccount create(String username, String displayName, String rawPassword, Role role, String unitId) {
        var account = new UserAccount(UUID.randomUUID(), username, VietnameseText.nfc(displayName), role, unitId);
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, password_hash, role, unit_id)
                VALUES (:id, :username, :displayName, :hash, :role, :unit)
                """)
                .param("id", account.id()).param("username", username).param("displayName", account.displayName())
                .param("hash", passwords.encode(rawPassword)).param("role", role.name()).param("unit", unitId)
                .update();
        return account;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT id, username, display_name, role, unit_id FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("unit_id")))
                .optional();
    }

    /** The enabled user with this username and password, if any. */
    Optional<UserAccount> authenticate(String username, String rawPassword) {
        Optional<String> hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ? AND enabled")
                .param(username).query(String.class).optional();
        if (hash.isEmpty() || !passwords.matches(rawPassword, hash.get())) {
            return Optional.empty();
        }
        return findByUsername(username);
    }
}
