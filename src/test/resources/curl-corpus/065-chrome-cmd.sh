curl 'http://{{HOST}}/api/notes' \
  -H 'accept: */*' \
  -H 'content-type: application/json' \
  --data-raw '{"note":"50% off & more","nested":{"a":"b"}}' \
  --compressed
