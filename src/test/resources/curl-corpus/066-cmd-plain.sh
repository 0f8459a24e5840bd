curl -X POST 'http://{{HOST}}/cmd' -H 'Content-Type: application/json' -d '{"a":1,"b":"x y"}'
