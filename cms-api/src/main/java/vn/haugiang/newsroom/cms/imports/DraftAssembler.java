package vn.haugiang.newsroom.cms.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.jspecify.annotations.Nullable;

/** Picks title and author, and normalises all text to NFC (Vietnamese often arrives decomposed). */
final class DraftAssembler {

    static final int MAX_TITLE = 200;

    private DraftAssembler() {
    }

    /**
     * @param xhtml Tika's serialised output, without the side-channel items
     * @param side what the parser reported besides the text
     */
    static ImportedDocument assemble(String fileName, Metadata metadata, String xhtml, SideChannelReader side) {
        @Nullable String reported = side.detectedType();
        String detectedType = reported != null ? reported : baseType(metadata);
        Set<String> imageNames = side.images().stream().map(EmbeddedImage::name).collect(Collectors.toSet());
        BodyHtml body = BodyHtml.read(xhtml, SupportedType.TXT.mediaType().toString().equals(detectedType), imageNames);
        List<String> warnings = new ArrayList<>(side.warnings());
        warnings.addAll(body.warnings());
        if (body.body().text().isBlank() && side.images().isEmpty()) {
            warnings.add("no text was found in the file; a scanned document holds only pictures of its text");
        }
        String title = title(metadata, body, fileName, warnings);
        List<EmbeddedImage> images = side.images().stream()
                .map(image -> new EmbeddedImage(nfc(image.name()), image.mediaType(), image.bytes())).toList();
        return new ImportedDocument(nfc(title), nfc(body.body().html()), author(metadata), detectedType, images,
                warnings.stream().map(DraftAssembler::nfc).toList());
    }

    /** What the parser reported, should the side channel be missing (it never should). */
    private static String baseType(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type == null ? MediaType.OCTET_STREAM.toString() : type.getBaseType().toString();
    }

    private static String title(Metadata metadata, BodyHtml body, String fileName, List<String> warnings) {
        String fromMetadata = metadata.get(TikaCoreProperties.TITLE);
        if (fromMetadata != null && !fromMetadata.isBlank()) {
            return fromMetadata.strip().replaceAll("\\s+", " ");
        }
        String heading = body.firstHeading();
        if (heading != null) {
            return heading;
        }
        String line = body.firstLine();
        if (line != null) {
            if (line.length() <= MAX_TITLE) {
                return line;
            }
            warnings.add("the title was cut from a long first line; check it");
            int cut = line.lastIndexOf(' ', MAX_TITLE - 1);
            return line.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1) + "…";
        }
        warnings.add("the document has no title or text; the file name was used as the title");
        String name = fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name.isEmpty() ? "Untitled" : name;
    }

    private static @Nullable String author(Metadata metadata) {
        for (String key : List.of(TikaCoreProperties.CREATOR.getName(), "meta:author", "Author")) {
            String[] values = metadata.getValues(key);
            String joined = String.join(", ", Arrays.stream(values).filter(v -> v != null && !v.isBlank())
                    .map(v -> nfc(v.strip())).distinct().toList());
            if (!joined.isEmpty()) {
                return joined;
            }
        }
        return null;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
