package vn.haugiang.newsroom.cms.bundle;

import java.nio.file.Path;

import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code POST /api/bundles/import}: imports a bundle from a directory on the server and returns the
 * {@link BundleReport}; {@code POST /api/bundles/status}: where the bundle's items are now
 * ({@link BundleStatus.Report}: state and deliveries). Local profile only, for the demo; system
 * admins only.
 */
@RestController
@Profile("local")
@RequestMapping("/api/bundles")
class BundleController {

    private final BundleImporter importer;
    private final BundleStatus status;

    BundleController(BundleImporter importer, BundleStatus status) {
        this.importer = importer;
        this.status = status;
    }

    /**
     * Body of {@code POST /api/bundles/import} and {@code POST /api/bundles/status}.
     *
     * @param path the bundle directory on the server, absolute or relative to its working directory
     */
    record ImportRequest(@NotBlank String path) {
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    BundleReport importBundle(@Valid @RequestBody ImportRequest request) {
        return importer.importBundle(Path.of(request.path()));
    }

    @PostMapping("/status")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    BundleStatus.Report status(@Valid @RequestBody ImportRequest request) {
        return status.of(Path.of(request.path()));
    }
}
