package vn.haugiang.newsroom.epg;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * The StAX pass of {@link XmltvReader}: elements to raw values, nothing interpreted yet. XXE-safe: DTDs are
 * not processed (the {@code <!DOCTYPE>} is skipped, its external subset never fetched) and external entities
 * are not resolved.
 */
final class XmltvParser {

    record LangText(@Nullable String lang, String text) {
    }

    record RawProgramme(int line, @Nullable String channel, @Nullable String start, @Nullable String stop,
            List<LangText> titles, List<LangText> subTitles, List<LangText> descs, List<String> categories,
            @Nullable String rating, boolean liveElement, boolean previouslyShown, @Nullable String repeatChannel,
            @Nullable String repeatStart, @Nullable String length, @Nullable String lengthUnits) {
    }

    record Document(List<EpgChannel> channels, List<RawProgramme> programmes, List<ImportIssue> notes) {
    }

    private final XMLInputFactory factory;

    XmltvParser() {
        factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " not resolved");
        });
    }

    Document parse(InputStream in) throws EpgFormatException {
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                return document(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNumber();
            throw new EpgFormatException("not well-formed XML: " + e.getMessage(), line, column, e);
        }
    }

    private Document document(XMLStreamReader r) throws XMLStreamException, EpgFormatException {
        nextTag(r);
        if (!"tv".equals(r.getLocalName())) {
            throw new EpgFormatException("root element is <" + r.getLocalName() + ">, not <tv>",
                    r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), null);
        }
        List<EpgChannel> channels = new ArrayList<>();
        List<RawProgramme> programmes = new ArrayList<>();
        List<ImportIssue> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "programme" -> programmes.add(programme(r));
                case "channel" -> channel(r, !programmes.isEmpty(), ids, channels, notes);
                default -> skip(r);
            }
        }
        return new Document(channels, programmes, notes);
    }

    private void channel(XMLStreamReader r, boolean afterProgrammes, Set<String> ids, List<EpgChannel> channels,
            List<ImportIssue> notes) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String id = r.getAttributeValue(null, "id");
        List<LangText> names = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if ("display-name".equals(r.getLocalName())) {
                langText(r, names);
            } else {
                skip(r);
            }
        }
        if (id == null || id.isBlank()) {
            notes.add(new ImportIssue(ImportIssue.Kind.CHANNEL_WITHOUT_NAME, null, null, null,
                    "line " + line + ": <channel> without id ignored"));
            return;
        }
        LangText name = names.isEmpty() ? new LangText(null, id) : names.get(0);
        if (names.isEmpty()) {
            notes.add(new ImportIssue(ImportIssue.Kind.CHANNEL_WITHOUT_NAME, id, null, null,
                    "line " + line + ": channel '" + id + "' has no <display-name>; its id is its name"));
        }
        if (!ids.add(id)) {
            notes.add(new ImportIssue(ImportIssue.Kind.DUPLICATE_CHANNEL, id, null, name.text(),
                    "line " + line + ": channel '" + id + "' declared again; the first declaration is kept"));
            return;
        }
        if (afterProgrammes) {
            notes.add(new ImportIssue(ImportIssue.Kind.CHANNEL_AFTER_PROGRAMMES, id, null, name.text(), "line " + line
                    + ": <channel> '" + id + "' after <programme> elements (the DTD puts channels first); accepted"));
        }
        channels.add(new EpgChannel(id, name.text(), name.lang()));
    }

    private RawProgramme programme(XMLStreamReader r) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String channel = r.getAttributeValue(null, "channel");
        String start = r.getAttributeValue(null, "start");
        String stop = r.getAttributeValue(null, "stop");
        List<LangText> titles = new ArrayList<>();
        List<LangText> subTitles = new ArrayList<>();
        List<LangText> descs = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        String rating = null;
        String length = null;
        String lengthUnits = null;
        String repeatChannel = null;
        String repeatStart = null;
        boolean live = false;
        boolean previouslyShown = false;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
                case "title" -> langText(r, titles);
                case "sub-title" -> langText(r, subTitles);
                case "desc" -> langText(r, descs);
                case "category" -> {
                    String category = Text.clean(text(r));
                    if (category != null) {
                        categories.add(category);
                    }
                }
                case "rating" -> {
                    String value = ratingValue(r); // the first rating with a value is kept
                    rating = rating == null ? value : rating;
                }
                case "length" -> {
                    lengthUnits = r.getAttributeValue(null, "units");
                    length = text(r);
                }
                case "previously-shown" -> {
                    previouslyShown = true;
                    repeatChannel = r.getAttributeValue(null, "channel");
                    repeatStart = r.getAttributeValue(null, "start");
                    skip(r);
                }
                case "live" -> {
                    live = true;
                    skip(r);
                }
                default -> skip(r);
            }
        }
        return new RawProgramme(line, channel, start, stop, titles, subTitles, descs, categories, rating, live,
                previouslyShown, repeatChannel, repeatStart, length, lengthUnits);
    }

    private @Nullable String ratingValue(XMLStreamReader r) throws XMLStreamException {
        String value = null;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if ("value".equals(r.getLocalName()) && value == null) {
                value = Text.clean(text(r));
            } else {
                skip(r);
            }
        }
        return value;
    }

    private static void langText(XMLStreamReader r, List<LangText> into) throws XMLStreamException {
        String lang = r.getAttributeValue(null, "lang");
        String text = Text.clean(text(r));
        if (text != null) {
            into.add(new LangText(lang, text));
        }
    }

    /** The character content of the current element, nested elements left out; ends on its end tag. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }

    /** Like {@link XMLStreamReader#nextTag()}, but stray text, comments and the DOCTYPE are passed over. */
    private static int nextTag(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ends before its root element", r.getLocation());
            }
        }
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        text(r);
    }
}
