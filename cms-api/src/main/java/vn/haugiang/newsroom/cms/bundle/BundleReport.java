package vn.haugiang.newsroom.cms.bundle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an import did.
 *
 * @param bundle the bundle directory, absolute
 * @param itemFiles how many {@code items/*.json} files the bundle has
 * @param imported how many items this import created
 * @param unchanged how many were there from an earlier import (same ninjs {@code uri}) and were left alone
 * @param items every item that is in the CMS after the import, created now or before
 * @param refused every item file that was not imported, with the reason
 * @param createdColumns columns created now, as {@code unit/slug}
 * @param createdChannels channels created now, by id
 * @param notes what was skipped and why (e.g. channels whose table does not exist yet)
 * @param documents the files of {@code documents/} in the CMS as drafts, imported now or before
 *     (file {@code documents/<name>}); a refused one is in {@code refused} under that name
 * @param schedules one report per file of {@code schedule/}, by name: its programmes imported onto the channel the
 *     file name gives, the conflicts with slots stored before, or the problem that stopped the file
 */
public record BundleReport(String bundle, int itemFiles, int imported, int unchanged, List<ImportedItem> items,
        List<Refusal> refused, List<String> createdColumns, List<String> createdChannels, List<String> notes,
        List<ImportedItem> documents, List<ScheduleFileReport> schedules) {

    public BundleReport {
        items = List.copyOf(items);
        refused = List.copyOf(refused);
        createdColumns = List.copyOf(createdColumns);
        createdChannels = List.copyOf(createdChannels);
        notes = List.copyOf(notes);
        documents = List.copyOf(documents);
        schedules = List.copyOf(schedules);
    }

    /**
     * An item of the bundle as it is in the CMS.
     *
     * @param file its file name in {@code items/}
     * @param created whether this import created it
     * @param state its workflow state
     * @param channels the channels the bundle names for it
     * @param publishedAt when it counts as published ({@code firstCreated} for archived items)
     */
    public record ImportedItem(String file, String uri, UUID id, String slug, boolean created, String state,
            List<String> channels, @Nullable Instant publishedAt) {
    }

    /**
     * An item file that was not imported, and why. An import refuses item by item, so a refusal is
     * a line of the report (the answer stays 200), not a problem response; like a problem (RFC 9457)
     * it names the input at fault in {@code field} where there is one.
     *
     * @param file its file name in {@code items/} (or {@code documents/<name>})
     * @param reason what is wrong and, where it is not obvious, what to do
     * @param field the property at fault, as a JSON Pointer (RFC 6901) into the item file in the
     *     spelling of its ninjs version (e.g. {@code /firstCreated}, {@code /firstcreated} for 2.x);
     *     absent when the fault is not one property's
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refusal(String file, String reason, @Nullable String field) {

        public Refusal(String file, String reason) {
            this(file, reason, null);
        }
    }
}
