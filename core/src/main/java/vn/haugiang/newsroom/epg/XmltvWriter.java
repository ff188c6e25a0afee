package vn.haugiang.newsroom.epg;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes XMLTV documents that validate against {@code xmltv.dtd} (XMLTV project): UTF-8,
 * {@code <!DOCTYPE tv SYSTEM "xmltv.dtd">}, {@code <tv generator-info-name>}, all {@code <channel>} elements
 * before the {@code <programme>} elements, sub-elements in DTD order.
 *
 * <p>Times are {@code YYYYMMDDhhmmss ±hhmm} in the writer's zone, by default {@code 20260501233000 +0700}
 * ({@code Asia/Ho_Chi_Minh}). Every programme has a stop after its start; a programme crossing midnight is
 * written whole, once ({@link #writeDay} puts it in the day it starts). Programmes are written by channel (the
 * order of the channel list, then channels not in it by id) and start.
 *
 * <p>Text is NFC, whitespace runs collapsed (the DTD forbids newlines in most text), characters XML 1.0 forbids
 * removed, and XML-escaped by StAX. {@code lang} attributes carry the programme's or channel's language
 * ({@code vi} for the broadcaster's own) and are left out when it is unknown. Mapping: sub-title →
 * {@code <sub-title>}, description → {@code <desc>}, category → {@code <category>}, live →
 * {@code <category lang="en">Live</category>} (the DTD has no live element, see {@link EpgProgramme}),
 * repeatOf → {@code <previously-shown channel start/>}, rating → {@code <rating><value>}.
 *
 * <p>Thread-safe. Errors: {@link IllegalArgumentException} for a programme without a stop,
 * {@link IOException} when the stream fails.
 */
public final class XmltvWriter {

    /** The category that marks a live programme. */
    public static final String LIVE_CATEGORY = "Live";

    private final ZoneId zone;
    private final String generatorName;

    /** A writer in {@code Asia/Ho_Chi_Minh}, generator {@code newsroom-epg}. */
    public XmltvWriter() {
        this(XmltvReader.HO_CHI_MINH, "newsroom-epg");
    }

    /**
     * @param zone          the zone local times are written in (with its offset)
     * @param generatorName {@code generator-info-name}, preferably {@code progname/version}
     */
    public XmltvWriter(ZoneId zone, String generatorName) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.generatorName = Objects.requireNonNull(generatorName, "generatorName");
    }

    /**
     * The programmes that start on {@code day} (in the writer's zone), each written once, whole.
     *
     * @param channels   the channels, written first
     * @param programmes normalised programmes, any days
     * @param day        the local day
     * @param out        where the UTF-8 document goes
     * @throws IOException if the stream fails
     * @see #write(List, List, OutputStream)
     */
    public void writeDay(List<EpgChannel> channels, List<EpgProgramme> programmes, LocalDate day, OutputStream out)
            throws IOException {
        write(channels, DayView.startingOn(programmes, day, zone), out);
    }

    /**
     * Writes a whole document; the stream is flushed, not closed.
     *
     * @param channels   the channels, written first, in this order
     * @param programmes normalised programmes (with stops)
     * @param out        where the UTF-8 document goes
     * @throws IllegalArgumentException if a programme has no stop
     * @throws IOException              if the stream fails
     */
    public void write(List<EpgChannel> channels, List<EpgProgramme> programmes, OutputStream out) throws IOException {
        for (EpgProgramme p : programmes) {
            if (p.stop() == null) {
                throw new IllegalArgumentException("programme '" + p.title() + "' at " + p.start() + " has no stop");
            }
        }
        Map<String, Integer> channelOrder = new HashMap<>();
        channels.forEach(c -> channelOrder.putIfAbsent(c.id(), channelOrder.size()));
        List<EpgProgramme> sorted = new ArrayList<>(programmes);
        sorted.sort(Comparator.<EpgProgramme>comparingInt(p -> channelOrder.getOrDefault(p.channelId(), Integer.MAX_VALUE))
                .thenComparing(EpgProgramme::channelId)
                .thenComparing(EpgProgramme::start));
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeDTD("<!DOCTYPE tv SYSTEM \"xmltv.dtd\">");
            w.writeCharacters("\n");
            w.writeStartElement("tv");
            w.writeAttribute("generator-info-name", Text.xmlSafe(generatorName));
            for (EpgChannel channel : channels) {
                channel(w, channel);
            }
            for (EpgProgramme programme : sorted) {
                programme(w, programme);
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XMLTV: " + e.getMessage(), e);
        }
    }

    private void channel(XMLStreamWriter w, EpgChannel channel) throws XMLStreamException {
        indent(w, 1);
        w.writeStartElement("channel");
        w.writeAttribute("id", Text.xmlSafe(channel.id()));
        element(w, "display-name", channel.lang(), channel.displayName());
        indent(w, 1);
        w.writeEndElement();
    }

    private void programme(XMLStreamWriter w, EpgProgramme p) throws XMLStreamException {
        indent(w, 1);
        w.writeStartElement("programme");
        w.writeAttribute("start", XmltvTime.format(p.start(), zone));
        w.writeAttribute("stop", XmltvTime.format(p.requireStop(), zone));
        w.writeAttribute("channel", Text.xmlSafe(p.channelId()));
        element(w, "title", p.lang(), p.title());
        element(w, "sub-title", p.lang(), p.subTitle());
        element(w, "desc", p.lang(), p.description());
        element(w, "category", p.lang(), p.category());
        if (p.live()) {
            element(w, "category", "en", LIVE_CATEGORY);
        }
        if (p.repeatOf() != null) {
            indent(w, 2);
            w.writeEmptyElement("previously-shown");
            if (p.repeatOf().start() != null) {
                w.writeAttribute("start", XmltvTime.format(p.repeatOf().start(), zone));
            }
            if (p.repeatOf().channelId() != null) {
                w.writeAttribute("channel", Text.xmlSafe(p.repeatOf().channelId()));
            }
        }
        if (p.rating() != null) {
            indent(w, 2);
            w.writeStartElement("rating");
            element(w, "value", null, p.rating());
            w.writeEndElement();
        }
        indent(w, 1);
        w.writeEndElement();
    }

    /** An element with text; nothing when the text is blank (the DTD wants text in every text element). */
    private static void element(XMLStreamWriter w, String name, @Nullable String lang, @Nullable String text)
            throws XMLStreamException {
        String clean = Text.clean(text == null ? null : Text.xmlSafe(text));
        if (clean == null) {
            return;
        }
        if (!"value".equals(name)) {
            indent(w, 2);
        }
        w.writeStartElement(name);
        if (lang != null) {
            w.writeAttribute("lang", Text.xmlSafe(lang));
        }
        w.writeCharacters(clean);
        w.writeEndElement();
    }

    private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters(depth == 1 ? "\n  " : "\n    ");
    }
}
