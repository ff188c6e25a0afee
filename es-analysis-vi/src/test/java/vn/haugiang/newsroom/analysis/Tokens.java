package vn.haugiang.newsroom.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs an analysis chain in-process and returns its terms, as {@code _analyze} would list them. */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> normalized(Analyzer analyzer, String text) {
        return List.of(analyzer.normalize("body", text).utf8ToString());
    }

    /** The standard tokenizer followed by {@code filter}: the custom-analyzer shape users will configure. */
    static List<String> standardThen(UnaryOperator<TokenStream> filter, String text) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = filter.apply(tokenizer)) {
            return drain(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> drain(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> terms = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
        return terms;
    }
}
