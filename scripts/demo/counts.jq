# Input: the indexer's GET /api/output-counts (an array of rows, or {"rows": [...]}), each row with
# "unit" (id) and "unitName". Output: {"rows": [...]} in the shape of issue #8, "unit" being the
# unit's name, rows in a stable order.
(if type == "array" then . else .rows end)
| map({unit: (.unitName // .unit), channelKind, channel, contentType, planTask, reportingYear, outputs, items})
| sort_by(.reportingYear, .unit, .channelKind, .channel, (.contentType // ""), (.planTask // ""))
| {rows: .}
