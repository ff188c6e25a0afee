/**
 * Vietnamese analysis for Elasticsearch, written against the
 * <a href="https://www.elastic.co/guide/en/elasticsearch/plugins/8.19/creating-stable-plugins.html">stable plugin API</a>
 * so that one build loads into any 8.x server with the same Lucene major.
 *
 * <p>Everything here folds text with Lucene's ICU folding (Unicode
 * <a href="https://www.unicode.org/reports/tr30/tr30-4.html">UTR #30</a> character foldings), so that
 * "Hậu Giang", "HẬU GIANG" and "hau giang" all index and search as {@code hau giang}.
 */
package vn.haugiang.newsroom.analysis;
