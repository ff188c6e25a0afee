package vn.haugiang.newsroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Hugo (Debian package {@code hugo}) rendering the bench items that the publisher put on the web,
 * as HTML content files (front matter + the stored body HTML) through an article template equivalent
 * to the publisher's {@code templates/web/article.html}: head with title, description, canonical
 * link and Open Graph tags, column, headline, time, standfirst, body, tags. Timed from the start of
 * {@code hugo} to its exit (its own start-up included), pages written to local disk.
 */
final class HugoReference {

    private final BenchRun run;

    HugoReference(BenchRun run) {
        this.run = run;
    }

    double pagesPerSecond() throws Exception {
        Path site = run.settings.work().resolve("hugo-site");
        delete(site);
        Files.createDirectories(site.resolve("content/tin"));
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("hugo.toml"), """
                baseURL = "https://baohaugiang.vn/"
                languageCode = "vi"
                title = "Báo Hậu Giang điện tử"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.renderer]
                  unsafe = true
                """);
        Files.writeString(site.resolve("layouts/_default/single.html"), """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} - {{ .Site.Title }}</title>
                <meta name="description" content="{{ .Description }}">
                <link rel="canonical" href="{{ .Permalink }}">
                <meta property="og:type" content="article"><meta property="og:title" content="{{ .Title }}">
                <meta property="og:description" content="{{ .Description }}"><meta property="og:url" content="{{ .Permalink }}">
                </head>
                <body>
                <header><a href="{{ .Site.BaseURL }}">{{ .Site.Title }}</a></header>
                <main><article>
                {{ with .Params.column }}<p class="chuyen-muc">{{ . }}</p>{{ end }}
                <h1>{{ .Title }}</h1>
                <p class="thoi-gian"><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "02/01/2006 15:04" }}</time></p>
                {{ with .Description }}<p class="sapo">{{ . }}</p>{{ end }}
                <div class="noi-dung">{{ .Content }}</div>
                {{ with .Params.tags }}<ul class="the">{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
                </article></main>
                <footer>{{ .Site.Title }}</footer>
                </body>
                </html>
                """);
        Files.writeString(site.resolve("layouts/_default/list.html"), "");
        Files.writeString(site.resolve("layouts/index.html"), "");
        int pages = 0;
        try (Connection db = run.db(); ResultSet rs = db.createStatement().executeQuery("""
                SELECT i.slug, i.headline, i.standfirst, i.body, i.first_published_at, c.name AS column_name, i.tags
                FROM item i LEFT JOIN content_column c ON c.id = i.column_id
                WHERE i.id IN (SELECT d.item_id FROM delivery d JOIN output_channel o ON o.id = d.channel_id
                               WHERE o.kind = 'web' AND d.state = 'delivered' AND d.item_id BETWEEN '%s' AND '%s')"""
                .formatted(Generator.FIRST_ID, Generator.LAST_ID))) {
            while (rs.next()) {
                StringBuilder front = new StringBuilder("---\n")
                        .append("title: ").append(Json.write(rs.getString("headline"))).append('\n')
                        .append("description: ").append(Json.write(rs.getString("standfirst") == null ? "" : rs.getString("standfirst"))).append('\n')
                        .append("date: ").append(rs.getTimestamp("first_published_at").toInstant()).append('\n')
                        .append("slug: ").append(rs.getString("slug")).append('\n');
                if (rs.getString("column_name") != null) {
                    front.append("column: ").append(Json.write(rs.getString("column_name"))).append('\n');
                }
                front.append("tags: ").append(Json.MAPPER.writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(rs.getArray("tags").getArray())).append('\n');
                front.append("---\n").append(rs.getString("body")).append('\n');
                Files.writeString(site.resolve("content/tin/" + rs.getString("slug") + ".html"), front);
                pages++;
            }
        }
        if (pages == 0) {
            throw new IllegalStateException("no published web item to render with Hugo");
        }
        long start = System.nanoTime();
        Tools.exec(site, java.util.Map.of(), "hugo", "--quiet", "--destination", site.resolve("public").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        long written;
        try (Stream<Path> files = Files.walk(site.resolve("public/tin"))) {
            written = files.filter(p -> p.getFileName().toString().equals("index.html")).count();
        }
        if (written < pages) {
            throw new IllegalStateException("Hugo wrote " + written + " pages of " + pages);
        }
        return pages / seconds;
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
