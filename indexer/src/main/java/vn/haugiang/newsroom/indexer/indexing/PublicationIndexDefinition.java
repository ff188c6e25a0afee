package vn.haugiang.newsroom.indexer.indexing;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;

/**
 * Mapping of the publications index, version {@link PublicationIndexProperties#MAPPING_VERSION}
 * (fields: {@link PublicationDocument}). A change here is a new version: bump the constant and run
 * the rebuild job. Every grouping field is a keyword or an integer so that composite aggregations
 * count exactly; the headline is folded text like the content index's.
 */
final class PublicationIndexDefinition {

    private PublicationIndexDefinition() {
    }

    static TypeMapping mapping() {
        return TypeMapping.of(m -> {
            m.dynamic(DynamicMapping.Strict);
            for (String keyword : new String[] {"id", "kind", "item", "slot", "unit", "unitName", "channelKind",
                    "channel", "channelType", "contentType", "genre", "planTasks", "column", "periodDay", "periodWeek",
                    "periodMonth", "periodQuarter", "periodYear", "url", "externalId"}) {
                m.properties(keyword, Property.of(p -> p.keyword(k -> k)));
            }
            for (String integer : new String[] {"year", "quarter", "month", "isoWeekYear", "isoWeek", "reportingYear"}) {
                m.properties(integer, Property.of(p -> p.integer(i -> i)));
            }
            return m
                    .properties("publishedAt", Property.of(p -> p.date(d -> d.format("strict_date_optional_time"))))
                    .properties("localDate", Property.of(p -> p.date(d -> d.format("strict_date"))))
                    .properties("live", Property.of(p -> p.boolean_(b -> b)))
                    .properties("headline", Property.of(p -> p.text(t -> t
                            .analyzer(ContentIndexDefinition.FOLDED)
                            .fields("exact", f -> f.text(x -> x.analyzer(ContentIndexDefinition.EXACT))))));
        });
    }
}
