package vn.haugiang.newsroom.cms.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import vn.haugiang.newsroom.cms.Problems;
import vn.haugiang.newsroom.cms.access.CurrentUser;
import vn.haugiang.newsroom.cms.access.Role;
import vn.haugiang.newsroom.cms.schedule.ScheduleImports;
import vn.haugiang.newsroom.epg.EpgProgramme;
import vn.haugiang.newsroom.epg.XmltvReader;

/**
 * Imports the files of a bundle's {@code schedule/} directory, by name, through the schedule capability's
 * {@link ScheduleImports}: {@code <channel-id>-YYYY-MM-DD.txt} as that channel's day file, and
 * {@code <channel-id>-YYYY-MM-DD.xml} as an XMLTV guide onto that channel. The guide's channel mapping is the one
 * {@code POST /api/channels/{id}/imports} applies to an upload: a guide of one channel is taken for the file's
 * channel whatever its guide id (grabbers name channels their own way); a guide of several gives only the
 * programmes whose guide id is the file's channel id, the others are refused {@code UNMAPPED_CHANNEL}.
 *
 * <p>Each file is one transaction of its own (a file refused with a problem never stops the others), as the
 * system admin importing the bundle, acting in the channel's unit. Importing the same file again stores nothing
 * twice: the schedule import refuses every programme that overlaps a stored slot ({@code OVERLAPS_STORED_SLOT}),
 * which the report counts as {@code conflicts}.
 */
@Component
class BundleSchedules {

    static final String DIRECTORY = "schedule";
    private static final Pattern FILE = Pattern.compile("(.+)-(\\d{4}-\\d{2}-\\d{2})\\.(txt|xml)");

    private final ScheduleImports imports;
    private final JdbcClient jdbc;

    BundleSchedules(ScheduleImports imports, JdbcClient jdbc) {
        this.imports = imports;
        this.jdbc = jdbc;
    }

    /** @return one report per regular file of {@code schedule/}, by name; none without that directory */
    List<ScheduleFileReport> importAll(BundleRun run) {
        Path dir = run.bundle().resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            run.notes().add(DIRECTORY + "/ cannot be listed: " + e.getMessage());
            return List.of();
        }
        return files.stream().map(file -> importFile(run, file)).toList();
    }

    private ScheduleFileReport importFile(BundleRun run, Path file) {
        String name = DIRECTORY + "/" + file.getFileName();
        Matcher parts = FILE.matcher(file.getFileName().toString());
        if (!parts.matches()) {
            return ScheduleFileReport.failed(name, null, null, null, invalid("Name a schedule file "
                    + "<channel-id>-YYYY-MM-DD.txt (\"H:MM Title\" lines) or <channel-id>-YYYY-MM-DD.xml (XMLTV)."));
        }
        String channel = parts.group(1);
        boolean xmltv = parts.group(3).equals("xml");
        String format = xmltv ? "xmltv" : "daily";
        LocalDate day;
        try {
            day = LocalDate.parse(parts.group(2));
        } catch (DateTimeParseException e) {
            return ScheduleFileReport.failed(name, channel, null, format, invalid("No such day: " + parts.group(2) + "."));
        }
        CurrentUser actor = new CurrentUser(run.importerId(), run.importerName(), Role.SYSTEM_ADMIN, unitOf(run, channel));
        try {
            byte[] bytes = Files.readAllBytes(file);
            return xmltv
                    ? ScheduleFileReport.of(name, channel, day,
                            imports.importXmltv(new ByteArrayInputStream(bytes), mapping(bytes, channel), actor))
                    : ScheduleFileReport.of(name, channel, day, imports.importDayFile(channel, day, bytes, actor));
        } catch (ErrorResponseException e) {
            return ScheduleFileReport.failed(name, channel, day, format, e.getBody());
        } catch (IOException e) {
            return ScheduleFileReport.failed(name, channel, day, format,
                    invalid("The file cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Guide channel id → {@code channel}: the guide's only channel, else {@code channel} itself. A guide that cannot
     * be read gets the identity mapping; the import then refuses it with its own 422.
     */
    private static Map<String, String> mapping(byte[] xml, String channel) {
        try {
            Set<String> guideChannels = new XmltvReader(XmltvReader.HO_CHI_MINH, "vi").read(new ByteArrayInputStream(xml))
                    .programmes().stream().map(EpgProgramme::channelId).collect(Collectors.toSet());
            return Map.of(guideChannels.size() == 1 ? guideChannels.iterator().next() : channel, channel);
        } catch (IOException e) { // EpgFormatException too: the import refuses the file with its 422
            return Map.of(channel, channel);
        }
    }

    /** The unit bundle.json declares the channel in, else the importing user's own (a system admin writes any). */
    private String unitOf(BundleRun run, String channel) {
        return run.manifest().channels().stream().filter(c -> c.id().equals(channel))
                .map(BundleManifest.ChannelSpec::unit).findFirst()
                .orElseGet(() -> jdbc.sql("SELECT unit_id FROM app_user WHERE id = ?").param(run.importerId())
                        .query(String.class).single());
    }

    private static ProblemDetail invalid(String detail) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid value", detail, "file");
    }
}
