curl 'http://{{HOST}}/api/items?sort=desc' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'content-type: application/json' \
  --data-raw '{"name":"Widget","price":9.99}' \
  --compressed
