package vn.haugiang.newsroom.cms.bundle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ninjs schema versions items may be written in, each with the IPTC schema file that validates
 * it. Every 2.x item is validated against 2.2, the last 2.x schema (2.x versions only add
 * properties); 3.0 and 3.1 against their own.
 */
public enum NinjsVersion {
    V2_2("2.2", "ninjs-schema_2.2.json"),
    V3_0("3.0", "ninjs-schema_3.0.json"),
    V3_1("3.1", "ninjs-schema_3.1.json");

    private static final Pattern SCHEMA_FILE = Pattern.compile("ninjs-schema_(\\d+)\\.(\\d+)");
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?.*");

    private final String number;
    private final String fileName;

    NinjsVersion(String number, String fileName) {
        this.number = number;
        this.fileName = fileName;
    }

    /** The version as ninjs writes it, e.g. {@code 3.0}. */
    public String number() {
        return number;
    }

    /** The schema's file name in IPTC's repository, e.g. {@code ninjs-schema_3.0.json}. */
    public String fileName() {
        return fileName;
    }

    /** The schema's {@code $id} without its empty fragment. */
    String schemaId() {
        return "http://www.iptc.org/std/ninjs/" + fileName;
    }

    /**
     * The version an item names: the schema file in {@code standard.schema}, else
     * {@code standard.version}, else a top-level {@code $schema}; empty when it names none this
     * CMS knows (1.x, 4.x, or nothing).
     */
    public static Optional<NinjsVersion> namedBy(JsonNode item) {
        JsonNode standard = item.path("standard");
        for (String text : new String[] {standard.path("schema").asText(""), item.path("$schema").asText("")}) {
            Matcher m = SCHEMA_FILE.matcher(text);
            if (m.find()) {
                return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        Matcher m = VERSION.matcher(standard.path("version").asText(""));
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<NinjsVersion> of(int major, int minor) {
        if (major == 2) {
            return Optional.of(V2_2);
        }
        if (major == 3 && minor == 0) {
            return Optional.of(V3_0);
        }
        if (major == 3 && minor == 1) {
            return Optional.of(V3_1);
        }
        return Optional.empty();
    }
}
