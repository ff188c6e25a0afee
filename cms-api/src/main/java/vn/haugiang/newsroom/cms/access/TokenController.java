package vn.haugiang.newsroom.cms.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code POST /api/auth/token}: exchanges a local user's name and password for a bearer token.
 * Only in the local profile; production tokens come from the OIDC provider.
 */
@RestController
@ConditionalOnProperty(name = "newsroom.access.local-tokens", havingValue = "true")
class TokenController {

    private final UserAccounts accounts;
    private final TokenIssuer issuer;

    TokenController(UserAccounts accounts, TokenIssuer issuer) {
        this.accounts = accounts;
        this.issuer = issuer;
    }

    @PostMapping("/api/auth/token")
    TokenIssuer.IssuedToken token(@Valid @RequestBody Credentials credentials) {
        return accounts.authenticate(credentials.username(), credentials.password())
                .map(issuer::issue)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "wrong username or password"));
    }

    record Credentials(@NotBlank String username, @NotBlank String password) {
    }
}
