package vn.haugiang.newsroom.cms.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The state of one import of one bundle: what it reads with, and what it has created so far.
 *
 * @param bundle the bundle directory, absolute and normalized
 * @param importerId the user the items are created as
 * @param knownChannels channel ids known to exist (declared or checked)
 */
record BundleRun(Path bundle, BundleManifest manifest, NinjsValidator validator, NinjsMapper mapper,
        ObjectMapper json, UUID importerId, String importerName, List<String> createdColumns,
        List<String> createdChannels, List<String> notes, Set<String> knownChannels) {
}
