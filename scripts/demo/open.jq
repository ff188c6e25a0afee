# Input: POST /api/bundles/status. Output: one object per (published item, listed output channel)
# whose delivery is not finished yet (none yet, pending, in_progress, failed_retryable, unknown).
def finished: . == "delivered" or . == "failed_permanent" or . == "cancelled";
.items[] | select(.state == "published") | . as $item
| .outputChannels[] as $channel
| [$item.deliveries[] | select(.channel == $channel)] as $deliveries
| if ($deliveries | length) == 0 then {file: $item.file, channel: $channel, state: "none"}
  elif ($deliveries | any(.state | finished | not)) then
    {file: $item.file, channel: $channel, state: ($deliveries | map(select(.state | finished | not)) | .[0].state)}
  else empty end
