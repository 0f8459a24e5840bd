curl --json '{"a":1}' http://{{HOST}}/json
