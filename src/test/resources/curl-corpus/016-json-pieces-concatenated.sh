curl --json '{"a":' --json '1}' http://{{HOST}}/json
