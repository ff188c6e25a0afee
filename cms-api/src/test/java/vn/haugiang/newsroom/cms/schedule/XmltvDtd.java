package vn.haugiang.newsroom.cms.schedule;

import java.nio.file.Path;

import org.w3c.dom.Document;

import vn.haugiang.newsroom.testing.DtdValidation;

/**
 * The shared XMLTV data, read in place from the cms-api module directory (Surefire's working directory), and
 * validation against {@code xmltv.dtd} with the JDK's validating parser, the DOCTYPE mapped to the local DTD.
 */
final class XmltvDtd {

    static final Path XMLTV = Path.of("..", "..", "shared", "data", "xmltv");
    static final Path THTPCT = XMLTV.resolve(Path.of("vn", "thtpct-schedules"));

    private XmltvDtd() {
    }

    /** Parses and validates against the local {@code xmltv.dtd}; any DTD error or warning fails. */
    static Document validate(byte[] xml) throws Exception {
        return DtdValidation.validate(xml, XMLTV.resolve("xmltv.dtd"));
    }
}
