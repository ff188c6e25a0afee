package vn.haugiang.newsroom.epg;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads XMLTV documents ({@code xmltv.dtd} of the XMLTV project, github.com/XMLTV/xmltv) leniently, accounting
 * for every {@code <programme>} element: imported as it is, imported with a fix, or refused with a reason
 * ({@link ImportIssue}, {@link ImportSummary}).
 *
 * <p><b>Safety.</b> StAX with DTD processing and external entities off: the {@code <!DOCTYPE tv SYSTEM
 * "xmltv.dtd">} line is passed over, nothing is fetched from the network or the file system (no XXE). The
 * document is not validated: elements the reader does not use ({@code <credits>}, {@code <icon>},
 * {@code <lcn>}...) are skipped, whatever their order.
 *
 * <p><b>What is read.</b> Channels: {@code id} and the first {@code <display-name>}. Programmes:
 * {@code channel}, {@code start}, {@code stop}; the {@code <title>}, {@code <sub-title>} and {@code <desc>} in
 * the preferred language (default {@code vi}; else the first one); the first {@code <category>} that is not
 * the live marker (see {@link EpgProgramme}); the first {@code <rating><value>}; {@code <previously-shown>}.
 * Text is NFC with whitespace runs collapsed.
 *
 * <p><b>Times.</b> {@code YYYYMMDDhhmmss ±hhmm}, seconds optional (12 digits at least). A time without an offset
 * is read in the configured zone (default {@code Asia/Ho_Chi_Minh}) and reported ({@code ASSUMED_ZONE}) — note
 * that the DTD itself says such times are UTC; use {@link #XmltvReader(ZoneId, String)} with
 * {@code ZoneOffset.UTC} for guides from outside. Zone abbreviations {@code UTC GMT BST CET CEST EET EEST ICT}
 * are read and reported; others are refused.
 *
 * <p><b>Per programme, in this order.</b> Refused: no {@code channel} or {@code start}
 * ({@code MISSING_ATTRIBUTE}), no title ({@code MISSING_TITLE}), a time that cannot be read
 * ({@code UNPARSEABLE_TIME}), stop at or before start ({@code STOP_NOT_AFTER_START}). Then, per channel in start
 * order (equal starts in document order): a programme that starts while the previously kept one is still on
 * air is refused ({@code OVERLAP}) — the earlier-starting programme stays, because it is the one already on
 * air, and refusing the newcomer never changes a programme already accepted; a missing stop becomes the next
 * kept programme's start ({@code STOP_FROM_NEXT_START}); the last programme of a channel without a stop gets
 * start + {@code <length>} ({@code STOP_FROM_LENGTH}) or is refused ({@code NO_STOP}).
 *
 * <p><b>Errors.</b> A document that is not well-formed XML, or whose root is not {@code <tv>}, is refused as
 * a whole with {@link EpgFormatException} (line and column); nothing is imported. Thread-safe: one instance
 * can read many documents concurrently.
 */
public final class XmltvReader {

    /** The zone of the broadcaster's schedules. */
    public static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId assumedZone;
    private final String preferredLang;

    /** A reader assuming {@code Asia/Ho_Chi_Minh} for times without offset, preferring Vietnamese texts. */
    public XmltvReader() {
        this(HO_CHI_MINH, "vi");
    }

    /**
     * @param assumedZone   zone of times written without a UTC offset
     * @param preferredLang language tag whose title, sub-title and description are taken when there are several,
     *                      e.g. {@code "vi"} (also matches {@code vi_VN})
     */
    public XmltvReader(ZoneId assumedZone, String preferredLang) {
        this.assumedZone = Objects.requireNonNull(assumedZone, "assumedZone");
        this.preferredLang = Objects.requireNonNull(preferredLang, "preferredLang").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads one document; the stream is read to the end but not closed.
     *
     * @param xml an XMLTV document, in the encoding its XML declaration names (UTF-8 if none)
     * @return the channels, the imported programmes and the issues
     * @throws EpgFormatException if the document is not well-formed or its root is not {@code <tv>}
     * @throws IOException        if the stream fails
     */
    public XmltvImport read(InputStream xml) throws IOException {
        XmltvParser.Document document = new XmltvParser().parse(xml);
        return new XmltvNormaliser(assumedZone, preferredLang).normalise(document);
    }
}
