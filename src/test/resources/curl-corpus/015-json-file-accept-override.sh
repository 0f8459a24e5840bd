curl --json @files/body.json -H 'Accept: application/vnd.api+json' http://{{HOST}}/json
