# The social stub's journal (GET /__admin/requests) as one JSON object per post, oldest first.
# A post is a request that creates something on a platform: a Graph POST to a Page's feed, photos
# or videos; a YouTube resumable upload (its session request with the video resource, joined with
# the PUT of the bytes by upload_id); a Zalo OA article/create. Access tokens are left out.
def json_or_text: . as $t | try fromjson catch $t;
def upload_id: capture("[?&]upload_id=(?<id>[^&]+)").id? // null;
def header($name): (.headers // {}) | to_entries | map(select(.key | ascii_downcase == $name)) | .[0].value;

(.requests | reverse) as $all
| ($all | map(select(.request.method == "PUT" and (.request.url | startswith("/upload/youtube/v3/videos"))))
        | map({key: (.request.url | upload_id), value: .}) | from_entries) as $puts
| $all[]
| .request as $r | .response as $resp
| if $r.method == "POST" and ($r.url | test("^/v[0-9.]+/[^/?]+/(feed|photos|videos)([?]|$)")) then
    { api: "facebook", page: ($r.url | split("/")[2]), edge: ($r.url | split("/")[3] | split("?")[0]),
      post: ($r.formParams // {} | with_entries(select(.key != "access_token")) | map_values(.values | if length == 1 then .[0] else . end)) }
  elif $r.method == "POST" and ($r.url | startswith("/upload/youtube/v3/videos")) then
    ($resp | header("location") // "" | upload_id) as $id
    | { api: "youtube", edge: "videos.insert",
        uploadBytes: ($r | header("x-upload-content-length") | tonumber? // null),
        uploadStatus: ($puts[$id // ""].response.status // null),
        video: ($puts[$id // ""].response.body // "null" | json_or_text),
        post: ($r.body | json_or_text) }
  elif $r.method == "POST" and ($r.url | startswith("/v2.0/article/create")) then
    { api: "zalo", edge: "article/create", post: ($r.body | json_or_text) }
  else empty end
| ($resp.body // "" | json_or_text) as $answer
| { receivedAt: $r.loggedDateString, method: $r.method, url: $r.url } + .
  + { status: $resp.status, answer: $answer }
# accepted: the platform would now show the post (Zalo answers HTTP 200 with a non-zero error when it refuses).
| .accepted = (if .api == "youtube" then (.uploadStatus // 0) < 300 and (.uploadStatus // 0) >= 200
               elif .api == "zalo" then .status == 200 and ($answer | type) == "object" and $answer.error == 0
               else .status == 200 end)
