package vn.haugiang.newsroom.cms.unit;

/**
 * A provincial body that publishes: the newspaper, the broadcaster, departments, district
 * People's Committees, telecom enterprises, schools.
 *
 * @param id stable slug, e.g. {@code bao-hau-giang}
 * @param name the official Vietnamese name (NFC), e.g. "Báo Hậu Giang"
 * @param kind newspaper, broadcaster, department, district, telecom, school or other
 */
public record Unit(String id, String name, String kind) {
}
