# Input: POST /api/bundles/status; $imported[0]: the import report. Output: one object per item file:
#   outcome published  every listed output channel delivered (or the item has none to go to)
#           refused    not imported; reason = the importer's
#           held       imported and kept in the workflow as bundle.json says (draft, scheduled...)
#           partly     published, but a channel refused it for good; reasons = the channels' errors
#           lost       anything else: neither published nor refused with a reason
($imported[0].refused | map({key: .file, value: .reason}) | from_entries) as $refused
| (.unreadable[] | {file: ., outcome: (if $refused[.] then "refused" else "lost" end),
                    reason: ($refused[.] // "not a readable ninjs item, and the import did not say why")}),
  (.items[] | . as $item
   | if .id == null then
       {file, outcome: (if $refused[.file] then "refused" else "lost" end),
        reason: ($refused[.file] // "not imported, and the import did not say why")}
     elif .state != "published" then
       {file, outcome: (if $refused[.file] then "refused" else "held" end),
        reason: ($refused[.file] // ("kept " + .state + " as the bundle says"))}
     else
       [ .outputChannels[] as $c | [$item.deliveries[] | select(.channel == $c)] | last // {channel: $c, state: "none"} ] as $last
       | ($last | map(select(.state != "delivered"))) as $notDelivered
       | if ($notDelivered | length) == 0 then {file, outcome: "published", channels: ($last | map(.channel))}
         elif ($notDelivered | all((.state == "failed_permanent" or .state == "cancelled") and ((.lastError // "") != ""))) then
           {file, outcome: "partly", channels: ($last | map(select(.state == "delivered") | .channel)),
            reason: ($notDelivered | map(.channel + ": " + .lastError) | join("; "))}
         else {file, outcome: "lost", reason: ($notDelivered | map(.channel + " " + .state) | join(", "))}
         end
     end)
