package vn.haugiang.newsroom.epg;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

/**
 * An input that cannot be read at all, as opposed to single programmes a reader refuses: XML that is not
 * well-formed, a root element other than {@code <tv>}. Nothing of the input is imported.
 */
public class EpgFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /**
     * @param message what is wrong
     * @param line    1-based line of the input, or -1 if unknown
     * @param column  1-based column, or -1 if unknown
     * @param cause   the parser's exception, or {@code null}
     */
    public EpgFormatException(String message, int line, int column, @Nullable Throwable cause) {
        super(message + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), cause);
        this.line = line;
        this.column = column;
    }

    /** @return the 1-based line where reading failed, or -1 if unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column where reading failed, or -1 if unknown */
    public int column() {
        return column;
    }
}
