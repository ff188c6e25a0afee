package vn.haugiang.newsroom.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Real Vietnamese news text to build items from (see {@code shared/data/SOURCES.md}): body
 * sentences from the Binhvq News Corpus sample ({@code binhvq-demo-full.txt}, one sentence or
 * paragraph a line) and headlines with their standfirsts from DANeS ({@code DANeS_first300_flat.jsonl}).
 * All NFC.
 */
record Corpus(List<String> sentences, List<Headline> headlines) {

    record Headline(String title, String description) {
    }

    static Corpus read(Path folder) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("binhvq-demo-full.txt"), StandardCharsets.UTF_8)) {
            String text = nfc(line.strip());
            // Very short lines are headings or bylines, not body text.
            if (text.length() >= 40) {
                sentences.add(text);
            }
        }
        List<Headline> headlines = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("DANeS_first300_flat.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode record = Json.read(line);
                String title = nfc(record.path("title").asString("").strip());
                if (!title.isEmpty()) {
                    headlines.add(new Headline(title, nfc(record.path("description").asString("").strip())));
                }
            }
        }
        if (sentences.isEmpty() || headlines.isEmpty()) {
            throw new IllegalStateException("no text found in " + folder);
        }
        return new Corpus(List.copyOf(sentences), List.copyOf(headlines));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
