# expect-warning: names 2 URLs
curl http://{{HOST}}/one http://{{HOST}}/two
